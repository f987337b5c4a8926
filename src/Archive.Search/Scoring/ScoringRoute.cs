using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Scoring;

/// <summary>
/// How one query is scored in each part of the index (a segment). Lucene's own way is the weight's
/// bulk scorer; two cheaper routes stand beside it, chosen by the query's shape and size:
/// <list type="bullet">
/// <item>a word searched alone (its exact form or its stem, a disjunction of terms) with few postings
/// in the whole index: scored in batches by <see cref="TermDisjunction"/>;</item>
/// <item>a near-quote's loose words: scored by <see cref="QuotationWords"/>.</item>
/// </list>
/// Every route gives the same hits and scores as Lucene's (the tests compare them).
/// </summary>
internal sealed class ScoringRoute
{
    private readonly Weight? _weight;
    private readonly TermDisjunction? _terms;
    private readonly QuotationWords? _words;

    private ScoringRoute(Weight? weight, TermDisjunction? terms, QuotationWords? words)
    {
        _weight = weight;
        _terms = terms;
        _words = words;
    }

    /// <summary>
    /// The route for <paramref name="query"/>. <paramref name="inBatchesBelow"/>: a disjunction of terms
    /// is scored in batches when the whole index has fewer than this many postings per part (0: never).
    /// <paramref name="quotationWords"/>: whether a near-quote's words take <see cref="QuotationWords"/>.
    /// </summary>
    public static ScoringRoute Choose(Query query, IndexSearcher searcher, long inBatchesBelow, bool quotationWords)
    {
        var parts = searcher.IndexReader.Leaves.Count;
        var terms = TermDisjunction.Of(query, searcher);
        if (terms is not null && terms.Postings < inBatchesBelow * parts)
        {
            return new(null, terms, null);
        }
        if (terms is null && quotationWords && QuotationWords.Of(query, searcher) is { } words)
        {
            return new(null, null, words);
        }
        return new(searcher.CreateNormalizedWeight(query), null, null);
    }

    /// <summary>
    /// Scores one part of the index into <paramref name="collector"/>, whose reader is already set to it.
    /// <paramref name="best"/> above 0: the collector keeps only that many of the best scored, so a route
    /// may give the others a lower score than their own (<see cref="QuotationWords.Score(AtomicReaderContext, ICollector, int)"/>).
    /// </summary>
    public void Score(AtomicReaderContext leaf, ICollector collector, int best = 0)
    {
        if (_terms is not null)
        {
            _terms.Score(leaf, collector);
            return;
        }
        if (_words is not null)
        {
            _words.Score(leaf, collector, best);
            return;
        }
        _weight!.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
    }
}
