using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search.Scoring;

/// <summary>
/// What the batch scorers (<see cref="TermDisjunction"/>, <see cref="QuotationWords"/>) need of one
/// term, as Lucene's term scorer gets it. Each thread keeps one term enumerator per field of each
/// part and moves it from term to term: <c>TermContext.Build</c> makes a new one per part for every
/// term looked up, each with its own copy of the term dictionary's input and a 4 KB buffer, and
/// those were a tenth of a rare word's garbage.
/// </summary>
internal static class TermScoring
{
    [ThreadStatic]
    private static ConditionalWeakTable<Terms, Kept>? t_kept;

    /// <summary>The term's states in every part of the index and its statistics, not yet normalised (as <c>TermWeight</c> computes them).</summary>
    public static (TermContext States, Similarity.SimWeight Stats) Weigh(IndexSearcher searcher, Term term, float boost)
    {
        // As TermContext.Build, with the thread's enumerators.
        var states = new TermContext(searcher.TopReaderContext);
        foreach (var leaf in searcher.TopReaderContext.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(term.Field) is { } terms && KeptFor(terms).Terms is var termsEnum && termsEnum.SeekExact(term.Bytes))
            {
                states.Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
            }
        }
        return (states, searcher.Similarity.ComputeWeight(boost, searcher.CollectionStatistics(term.Field), searcher.TermStatistics(term, states)));
    }

    /// <summary>
    /// The term's postings in one part, reached from its state without looking the term up again,
    /// and how many paragraphs of the part have it; null when none has. With <paramref name="reuse"/>,
    /// the thread's last postings of this field and part read with reuse are moved to this term:
    /// the caller must be done with those.
    /// </summary>
    public static DocsEnum? Postings(AtomicReaderContext leaf, Term term, TermContext states, DocsFlags flags, out int docFreq, bool reuse = false)
    {
        docFreq = 0;
        if (states.Get(leaf.Ord) is not { } state || leaf.AtomicReader.GetTerms(term.Field) is not { } terms)
        {
            return null;
        }
        var kept = KeptFor(terms);
        kept.Terms.SeekExact(term.Bytes, state);
        docFreq = kept.Terms.DocFreq;
        var postings = kept.Terms.Docs(leaf.AtomicReader.LiveDocs, reuse ? kept.Docs : null, flags);
        if (reuse)
        {
            kept.Docs = postings;
        }
        return postings;
    }

    private static Kept KeptFor(Terms terms) => (t_kept ??= new()).GetValue(terms, static t => new Kept(t.GetEnumerator()));

    /// <summary>One thread's enumerator of a field's terms in one part, and the postings it last reused.</summary>
    private sealed class Kept(TermsEnum terms)
    {
        public TermsEnum Terms { get; } = terms;

        public DocsEnum? Docs { get; set; }
    }
}
