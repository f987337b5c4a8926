using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search;

/// <summary>What the batch scorers (<see cref="TermDisjunction"/>, <see cref="QuotationWords"/>) need of one term, as Lucene's term scorer gets it.</summary>
internal static class TermScoring
{
    /// <summary>The term's states in every part of the index and its statistics, not yet normalised (as <c>TermWeight</c> computes them).</summary>
    public static (TermContext States, Similarity.SimWeight Stats) Weigh(IndexSearcher searcher, Term term, float boost)
    {
        var states = TermContext.Build(searcher.TopReaderContext, term);
        return (states, searcher.Similarity.ComputeWeight(boost, searcher.CollectionStatistics(term.Field), searcher.TermStatistics(term, states)));
    }

    /// <summary>
    /// The term's postings in one part, reached from its state without looking the term up again,
    /// and how many paragraphs of the part have it; null when none has.
    /// </summary>
    public static DocsEnum? Postings(AtomicReaderContext leaf, Term term, TermContext states, DocsFlags flags, out int docFreq)
    {
        docFreq = 0;
        if (states.Get(leaf.Ord) is not { } state || leaf.AtomicReader.GetTerms(term.Field) is not { } terms)
        {
            return null;
        }
        var termsEnum = terms.GetEnumerator();
        termsEnum.SeekExact(term.Bytes, state);
        docFreq = termsEnum.DocFreq;
        return termsEnum.Docs(leaf.AtomicReader.LiveDocs, null, flags);
    }
}
