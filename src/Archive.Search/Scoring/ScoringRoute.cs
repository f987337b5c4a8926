using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Scoring;

/// <summary>
/// How one query is scored in each part of the index (a segment). Lucene's own way is the weight's
/// bulk scorer; three cheaper routes stand beside it, chosen by the query's shape and size:
/// <list type="bullet">
/// <item>a word searched alone (its exact form or its stem, a disjunction of terms) with few postings
/// in the whole index: scored in batches by <see cref="TermDisjunction"/>;</item>
/// <item>a near-quote's loose words: scored by <see cref="QuotationWords"/>;</item>
/// <item>a disjunction whose postings in a part are fewer than <c>inOrderBelow</c>: scored in document
/// order, since building Lucene's out-of-order bucket table costs more than it saves there.</item>
/// </list>
/// Every route gives the same hits and scores as Lucene's (the tests compare them).
/// </summary>
internal sealed class ScoringRoute
{
    private readonly Weight? _weight;
    private readonly TermDisjunction? _terms;
    private readonly QuotationWords? _words;
    private readonly long _inOrderBelow;

    private ScoringRoute(Weight? weight, TermDisjunction? terms, QuotationWords? words, long inOrderBelow)
    {
        _weight = weight;
        _terms = terms;
        _words = words;
        _inOrderBelow = inOrderBelow;
    }

    /// <summary>
    /// The route for <paramref name="query"/>. <paramref name="fewPostings"/>: below this many postings
    /// per part a disjunction is scored in order, and in batches when the whole index has fewer than
    /// this many per part (0: never). <paramref name="quotationWords"/>: whether a near-quote's words
    /// take <see cref="QuotationWords"/>.
    /// </summary>
    public static ScoringRoute Choose(Query query, IndexSearcher searcher, long fewPostings, bool quotationWords)
    {
        var parts = searcher.IndexReader.Leaves.Count;
        var terms = TermDisjunction.Of(query, searcher);
        if (terms is not null && terms.Postings < fewPostings * parts)
        {
            return new(null, terms, null, 0);
        }
        if (terms is null && quotationWords && QuotationWords.Of(query, searcher) is { } words)
        {
            return new(null, null, words, 0);
        }
        // Lucene scores only pure disjunctions out of order (BooleanScorer); every other query in
        // order anyway. A disjunction of terms with many postings is left to it without trying.
        var inOrderBelow = terms is null && query is BooleanQuery { MinimumNumberShouldMatch: <= 1 } any && !any.Clauses.Any(c => c.IsRequired) ? fewPostings : 0;
        return new(searcher.CreateNormalizedWeight(query), null, null, inOrderBelow);
    }

    /// <summary>Scores one part of the index into <paramref name="collector"/>, whose reader is already set to it.</summary>
    public void Score(AtomicReaderContext leaf, ICollector collector)
    {
        if (_terms is not null)
        {
            _terms.Score(leaf, collector);
            return;
        }
        if (_words is not null)
        {
            _words.Score(leaf, collector);
            return;
        }
        var liveDocs = leaf.AtomicReader.LiveDocs;
        if (_inOrderBelow > 0 && _weight!.GetScorer(leaf, liveDocs) is { } inOrder && inOrder.GetCost() < _inOrderBelow)
        {
            collector.SetScorer(inOrder);
            for (var doc = inOrder.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = inOrder.NextDoc())
            {
                collector.Collect(doc);
            }
            return;
        }
        _weight!.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, liveDocs)?.Score(collector);
    }
}
