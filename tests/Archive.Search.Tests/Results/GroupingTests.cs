using Archive.Records;
using Archive.Search.Indexing;
using Archive.Tests;

namespace Archive.Search.Tests.Results;

/// <summary>A transcript with many hits must not crowd the next transcripts off their pages.</summary>
public sealed class GroupingTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly TranscriptSearcher _searcher;

    public GroupingTests()
    {
        using (var builder = new IndexBuilder(_temp.Combine(DataLayout.Index)))
        {
            builder.Add(Make("many-hits", [.. Enumerable.Range(1, 40).Select(i => $"Grain and grain, part {i}.")]));
            builder.Add(Make("one-hit", "A long paragraph that mentions grain once among many other words about the harvest, the weather and the roads."));
            builder.Commit();
        }
        _searcher = new TranscriptSearcher(_temp.Path, SearchEngineUnderTest.Options);
    }

    [Fact]
    public void EveryTranscriptGetsItsPageHoweverManyHitsComeBeforeIt()
    {
        var first = _searcher.Search(new SearchRequest("grain", Page: 1, PageSize: 1));
        var second = _searcher.Search(new SearchRequest("grain", Page: 2, PageSize: 1));
        Assert.Equal(("2014-01-01-many-hits", true), (Assert.Single(first.Groups).Id, first.HasMore));
        Assert.Equal(("2014-01-01-one-hit", false), (Assert.Single(second.Groups).Id, second.HasMore));
        Assert.Equal((41, 2), (second.Total, second.Transcripts));
    }

    [Fact]
    public void GroupsAreTheSameBeforeAndAfterTheFacetValuesAreInMemory()
    {
        // Before: transcripts told apart by their ids' ordinals; after: by their numbers in memory.
        var before = _searcher.Search(new SearchRequest("grain harvest OR grain", PageSize: 5));
        _searcher.WaitForFacetValues();
        var after = _searcher.Search(new SearchRequest("grain harvest OR grain", PageSize: 5));

        static string Shape(SearchResults r) => string.Join(" | ", r.Groups.Select(g => g.Id + ": " + string.Join(",", g.Hits.Select(h => h.N))));
        Assert.Equal("2014-01-01-one-hit: 1 | 2014-01-01-many-hits: 1,2,3", Shape(before));
        Assert.Equal(Shape(before), Shape(after));
        Assert.Equal((before.Total, before.Transcripts), (after.Total, after.Transcripts));
    }

    private static Transcript Make(string slug, params string[] paragraphs) => new()
    {
        Id = "2014-01-01-" + slug,
        Url = "/2014/01/01/" + slug,
        Title = slug,
        Date = new DateOnly(2014, 1, 1),
        Source = "Test",
        Paragraphs = [.. paragraphs.Select((text, i) => new Paragraph { N = i + 1, Text = text })],
        Provenance = new Provenance { File = slug + ".txt", Sha256 = new string('0', 64), Format = "test" },
    };

    public void Dispose()
    {
        _searcher.Dispose();
        _temp.Dispose();
    }
}
