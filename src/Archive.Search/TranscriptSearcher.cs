using Archive.Records;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Archive.Search;

/// <summary>
/// The one searcher over an imported index. The index never changes while the site runs, so a
/// single reader is opened once and shared by every request (IndexSearcher is thread-safe).
/// </summary>
public sealed class TranscriptSearcher : IDisposable
{
    /// <summary>Deep pages cost more than they are worth; past this people are told to narrow the search.</summary>
    public const int MaxResultWindow = 1000;

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public TranscriptSearcher(string dataDir)
    {
        // NIOFSDirectory, not the default MMapDirectory: in 4.8.0-beta00017 the latter is many
        // times slower under parallel reads (lucenenet issue 1151).
        _directory = new NIOFSDirectory(Path.Combine(dataDir, DataLayout.Index));
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public int ParagraphCount => _reader.NumDocs;

    public SearchResults Search(SearchRequest request)
    {
        if (request.Query.Length > SearchRequest.MaxQueryLength)
        {
            return SearchResults.Refused($"The search is {request.Query.Length} characters long; the limit is {SearchRequest.MaxQueryLength}.");
        }
        var query = QueryBuilder.Build(UserQuery.Parse(request.Query), out var terms);
        if (terms > SearchRequest.MaxTerms)
        {
            return SearchResults.Refused($"The search has {terms} words; the limit is {SearchRequest.MaxTerms}.");
        }
        if (query is null)
        {
            return new SearchResults(0, [], null);
        }
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var page = Math.Max(request.Page, 1);
        var end = (long)page * pageSize;
        if (end > MaxResultWindow)
        {
            return SearchResults.Refused($"Only the first {MaxResultWindow} results can be paged through; narrow the search to see more.");
        }
        var top = _searcher.Search(query, (int)end);
        var hits = new List<SearchHit>(pageSize);
        for (var i = (page - 1) * pageSize; i < top.ScoreDocs.Length; i++)
        {
            var doc = _searcher.Doc(top.ScoreDocs[i].Doc);
            var text = doc.Get(SearchFields.Text);
            hits.Add(new SearchHit(
                doc.Get(SearchFields.Id),
                doc.Get(SearchFields.Url),
                doc.Get(SearchFields.Title),
                doc.Get(SearchFields.Date),
                doc.GetField(SearchFields.N).GetInt32Value() ?? 0,
                doc.Get(SearchFields.Speaker),
                doc.Get(SearchFields.Venue),
                SnippetMaker.Make(query, text)));
        }
        return new SearchResults(top.TotalHits, hits, null);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
