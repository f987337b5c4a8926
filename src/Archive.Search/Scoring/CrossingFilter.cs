using Archive.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Scoring;

/// <summary>
/// A near-quote's passage search (<see cref="PassageQuery"/>) scored as its words alone by
/// <see cref="QuotationWords"/>, each paragraph it collects, in order, handed on only when the
/// crossing condition holds there: the same hits and scores as Lucene's conjunction (the condition
/// scores 0), with the condition's positions read only for the paragraphs that have the words.
/// </summary>
internal sealed class CrossingFilter(QuotationWords words, Weight crossing)
{
    /// <summary>The filter for a passage search's matching part (its words and its crossing condition, both required), or null for any other query.</summary>
    public static CrossingFilter? Of(Query query, IndexSearcher searcher) =>
        query is BooleanQuery { Boost: 1f, MinimumNumberShouldMatch: 0, Clauses: [{ Occur: Occur.MUST, Query: BooleanQuery most }, { Occur: Occur.MUST, Query: BooleanQuery { Boost: 0f } condition }] }
        && condition.Clauses.All(c => c.Query is CrossingSpanQuery)
        && QuotationWords.Of(most, searcher) is { } words
            ? new CrossingFilter(words, searcher.CreateNormalizedWeight(condition))
            : null;

    public void Score(AtomicReaderContext leaf, ICollector collector)
    {
        if (crossing.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } condition)
        {
            return;
        }
        words.Score(leaf, new Filtering(collector, condition));
    }

    private sealed class Filtering(ICollector inner, Scorer condition) : ICollector
    {
        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

        public void SetNextReader(AtomicReaderContext context)
        {
            // The reader is set on the collector before scoring (TranscriptSearcher.CollectPart).
        }

        public void Collect(int doc)
        {
            if ((condition.DocID < doc ? condition.Advance(doc) : condition.DocID) == doc)
            {
                inner.Collect(doc);
            }
        }
    }
}
