using Archive.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Scoring;

/// <summary>
/// The hand-written way to collect a search, beside <c>IndexSearcher.Search</c>: each part of the
/// index (a segment) scored by the route <see cref="ScoringRoute"/> chooses into collectors of its
/// own (<see cref="TopScores"/> or Lucene's), on a thread of its own when
/// <see cref="SearchEngineOptions.ParallelParts"/>, and the best of each merged: as one collector
/// over all the parts would, ties in document order.
/// </summary>
internal sealed class PartsCollection(IndexSearcher searcher, SearchEngineOptions options, long fewPostings)
{
    public (TopDocs Docs, bool Complete) Collect(Query query, Sort? sort, int size, FacetCollector? facets, TimeSpan limit)
    {
        var leaves = searcher.IndexReader.Leaves;
        var route = ScoringRoute.Choose(query, searcher, options.TermBatches ? fewPostings : 0, options.QuotationWords);
        var parts = new (TopDocs Docs, FacetCollector? Facets, bool Complete)[leaves.Count];
        if (options.ParallelParts)
        {
            Parallel.For(0, leaves.Count, i => parts[i] = CollectPart(leaves[i], route, sort, size, facets?.NewPart(), limit));
        }
        else
        {
            for (var i = 0; i < leaves.Count; i++)
            {
                parts[i] = CollectPart(leaves[i], route, sort, size, facets?.NewPart(), limit);
            }
        }
        if (facets is not null)
        {
            // A quotation's paragraphs and passages are collected at once into the same counts.
            lock (facets)
            {
                foreach (var part in parts)
                {
                    facets.Add(part.Facets!);
                    part.Facets!.Dispose();
                }
            }
        }
        return (TopDocs.Merge(sort, size, [.. parts.Select(p => p.Docs)]), parts.All(p => p.Complete));
    }

    /// <summary>One part of the index, scored as <paramref name="route"/> says.</summary>
    private (TopDocs Docs, FacetCollector? Facets, bool Complete) CollectPart(AtomicReaderContext leaf, ScoringRoute route, Sort? sort, int size, FacetCollector? facets, TimeSpan limit)
    {
        var top = TopCollector(sort, size);
        var collector = new TimeLimitingCollector(facets is null ? top : MultiCollector.Wrap(top, facets), TimeLimitingCollector.GlobalCounter, (long)limit.TotalMilliseconds);
        var complete = true;
        try
        {
            collector.SetNextReader(leaf);
            // By relevance the collector keeps the best `size`; by date every match's score is kept as it is.
            route.Score(leaf, collector, sort is null ? size : 0);
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            complete = false;
        }
        catch (CollectionTerminatedException)
        {
            // A collector wanted no more from this part: what it has is complete for it.
        }
        facets?.Complete();
        return (top.GetTopDocs(), facets, complete);
    }

    private ITopDocsCollector TopCollector(Sort? sort, int size) =>
        sort is null && options.TopScores ? new TopScores(size) : TranscriptSearcher.TopCollector(sort, size);
}
