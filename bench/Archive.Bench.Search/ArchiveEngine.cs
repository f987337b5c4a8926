using Archive.Search;

namespace Archive.Bench.Search;

/// <summary>The archive's own searcher, called as the site calls it: the first page of 20 with snippets.</summary>
public sealed class ArchiveEngine(TranscriptSearcher searcher)
{
    /// <summary>The total number of hits; every hit of the first page has been read and its snippet made.</summary>
    public long Search(BenchQuery query)
    {
        var results = searcher.Search(new SearchRequest(query.Text, 1, 20, query.From, query.To, query.Venue));
        return results.Problem is null ? results.Total : throw new InvalidOperationException(results.Problem);
    }
}
