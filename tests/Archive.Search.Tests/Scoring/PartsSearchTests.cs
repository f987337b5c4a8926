using Archive.Records;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Tests;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search.Tests.Scoring;

/// <summary>
/// The parts of the index are searched on threads of their own and their best merged: the ranking
/// must be the one Lucene gives searching them all at once, ties (equal scores) in document order,
/// whether a disjunction is scored in bulk (as Lucene does) or in batches (few postings).
/// </summary>
public sealed class PartsSearchTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly TranscriptSearcher _searcher;
    private readonly TranscriptSearcher _inBulk;

    public PartsSearchTests()
    {
        using (var builder = new IndexBuilder(_temp.Combine(DataLayout.Index)))
        {
            // Twelve transcripts with the same paragraphs: every score ties with eleven others.
            for (var i = 1; i <= 12; i++)
            {
                builder.Add(Make(i, "Grain exports rose this year.", "The harvest of grain was good.", "Nothing here.", "Grain, grain and more grain."));
            }
            builder.Commit();
        }
        _searcher = new TranscriptSearcher(_temp.Path, SearchEngineUnderTest.Options);
        _inBulk = new TranscriptSearcher(_temp.Path, SearchEngineUnderTest.Options) { FewPostings = 0 };
    }

    [Theory]
    [InlineData("grain", false)]
    [InlineData("grain", true)]
    [InlineData("grain harvest", false)]
    [InlineData("grain OR exports", false)]
    [InlineData("grain OR exports", true)]
    public void RankingIsLucenesOverTheWholeIndex(string q, bool inBulk)
    {
        var results = (inBulk ? _inBulk : _searcher).Search(new SearchRequest(q, PageSize: 100));
        var ours = results.Groups.SelectMany(g => g.Hits.Select(h => h.Id + "/" + h.N)).ToList();

        var reader = _searcher.Reader;
        Assert.Equal(IndexBuilder.Parts, reader.Leaves.Count);
        var lucene = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var expected = lucene.Search(QueryBuilder.Build(UserQuery.Parse(q))!.Search, 1000).ScoreDocs
            .Select(d => lucene.Doc(d.Doc))
            .GroupBy(d => d.Get(SearchFields.Id))
            .SelectMany(g => g.Take(TranscriptSearcher.HitsPerTranscript).Select(d => g.Key + "/" + d.GetField(SearchFields.N).GetInt32Value()))
            .ToList();

        Assert.Equal(expected, ours);
        Assert.Equal(12, results.Transcripts);
        // Both parts hold hits, so the merge had something to do.
        Assert.Equal(2, results.Groups.Select(g => ReaderUtil.SubIndex(DocOf(reader, g.Id), reader.Leaves)).Distinct().Count());
    }

    private static int DocOf(IndexReader reader, string id) =>
        new IndexSearcher(reader).Search(new TermQuery(new Term(SearchFields.Id, id)), 1).ScoreDocs[0].Doc;

    private static Transcript Make(int i, params string[] paragraphs) => new()
    {
        Id = $"2014-01-{i:00}-harvest",
        Url = $"/2014/01/{i:00}/harvest",
        Title = "Harvest " + i,
        Date = new DateOnly(2014, 1, i),
        Source = "Test",
        Paragraphs = [.. paragraphs.Select((text, n) => new Paragraph { N = n + 1, Text = text })],
        Provenance = new Provenance { File = $"harvest-{i}.txt", Sha256 = new string('0', 64), Format = "test" },
    };

    public void Dispose()
    {
        _searcher.Dispose();
        _inBulk.Dispose();
        _temp.Dispose();
    }
}
