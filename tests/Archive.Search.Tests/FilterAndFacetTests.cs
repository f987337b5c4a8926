namespace Archive.Search.Tests;

public sealed class FilterAndFacetTests(SyntheticIndexFixture index) : IClassFixture<SyntheticIndexFixture>
{
    [Fact]
    public void DateRangeIsInclusive() =>
        Assert.Equal(["sochi-forum/2"], index.Find(new SearchRequest("afghanistan", From: new DateOnly(2012, 6, 15), To: new DateOnly(2013, 12, 31))));

    [Fact]
    public void VenueAndSpeakerFiltersMatchTheWholeValue()
    {
        Assert.Equal(["sochi-forum/2"], index.Find(new SearchRequest("afghanistan", Venue: "Sochi")));
        Assert.Equal(["kremlin-talks/2"], index.Find(new SearchRequest("afghanistan", Speaker: "Dmitry Medvedev")));
        Assert.Empty(index.Find(new SearchRequest("afghanistan", Venue: "Kremlin, Moscow, Sochi")));
    }

    [Fact]
    public void TypedVenueOrSpeakerThatIsNoWholeValueMatchesAsWords()
    {
        Assert.Equal(["year-end-meeting/3"], index.Find(new SearchRequest("afghanistan", Venue: "moscow region")));
        Assert.Equal(["kremlin-talks/2"], index.Find(new SearchRequest("afghanistan", Speaker: "medvedev")));
        Assert.Empty(index.Find(new SearchRequest("afghanistan", Venue: "--")));
    }

    [Fact]
    public void CollectionFilterKeepsOnlyThatCollectionsTranscripts()
    {
        Assert.Equal(["sochi-forum/2"], index.Find(new SearchRequest("afghanistan", Collection: "kremlin")));
        Assert.Equal(["kremlin-talks/2"], index.Find(new SearchRequest("afghanistan", Collection: "miller-center")));
        Assert.Equal(["year-end-meeting/3"], index.Find(new SearchRequest("afghanistan", Collection: "local")));
        Assert.Empty(index.Find(new SearchRequest("afghanistan", Collection: "nowhere")));
    }

    [Fact]
    public void EveryCollectionIsCountedAndEachHitGroupNamesItsCollection()
    {
        var results = index.Searcher.Search(new SearchRequest("afghanistan OR crimea"));
        Assert.Equal([("kremlin", 6), ("local", 1), ("miller-center", 1)], results.Facets.Collections.Select(f => (f.Value, f.Count)));
        Assert.Equal("kremlin", results.Groups.Single(g => g.Id.EndsWith("sochi-forum", StringComparison.Ordinal)).Collection);
        Assert.Equal("local", results.Groups.Single(g => g.Id.EndsWith("year-end-meeting", StringComparison.Ordinal)).Collection);
        Assert.Equal(["kremlin", "local", "miller-center"], index.Searcher.Collections);
    }

    [Fact]
    public void NewestAndOldestOrderTranscriptsByDate()
    {
        Assert.Equal(["year-end-meeting/3", "sochi-forum/2", "kremlin-talks/2"], index.Find(new SearchRequest("afghanistan", Sort: SearchSort.Newest)));
        Assert.Equal(["kremlin-talks/2", "sochi-forum/2", "year-end-meeting/3"], index.Find(new SearchRequest("afghanistan", Sort: SearchSort.Oldest)));
    }

    [Fact]
    public void ATranscriptShowsAtMostThreeParagraphsButAllAreCounted()
    {
        var results = index.Searcher.Search(new SearchRequest("crimea"));
        var group = Assert.Single(results.Groups);
        Assert.Equal(3, group.Hits.Count);
        Assert.Equal((5, 1), (results.Total, results.Transcripts));
    }

    [Fact]
    public void FacetsCountMatchingParagraphsByYearVenueAndSpeaker()
    {
        var results = index.Searcher.Search(new SearchRequest("afghanistan OR putin OR speaker:putin"));
        Assert.Equal([("2010", 2), ("2012", 2), ("2014", 1)], results.Facets.Years.Select(f => (f.Value, f.Count)));
        Assert.Equal(("Sochi", 2), (results.Facets.Venues[0].Value, results.Facets.Venues[0].Count));
        Assert.Equal([("Vladimir Putin", 2), ("Dmitry Medvedev", 1)], results.Facets.Speakers.Select(f => (f.Value, f.Count)));
        Assert.Equal(3, results.Transcripts);
    }

    [Fact]
    public void FacetCountsDoNotCarryOverFromOneSearchToTheNext()
    {
        // Counts are kept in arrays borrowed from a pool and given back after each search, and are
        // taken from doc values until the packed values are read, from those after.
        var request = new SearchRequest("afghanistan OR putin OR speaker:putin");
        var first = Facets(index.Searcher.Search(request));
        foreach (var q in new[] { "crimea", "medvedev", "afghanistan", "sochi OR moscow" })
        {
            index.Searcher.Search(new SearchRequest(q));
        }
        index.Searcher.WaitForFacetValues();
        foreach (var q in new[] { "crimea", "medvedev", "afghanistan", "sochi OR moscow" })
        {
            index.Searcher.Search(new SearchRequest(q));
        }
        Assert.Equal(first, Facets(index.Searcher.Search(request)));
        Assert.Equal(first, Facets(index.Searcher.Search(request)));
    }

    private static string Facets(SearchResults results) =>
        string.Join(" ", results.Facets.Years.Concat(results.Facets.Venues).Concat(results.Facets.Speakers).Concat(results.Facets.Collections).Select(f => $"{f.Value}={f.Count}")) + $" transcripts={results.Transcripts}";

    [Fact]
    public void FacetsCountWithinTheFilters()
    {
        var results = index.Searcher.Search(new SearchRequest("afghanistan", From: new DateOnly(2012, 1, 1)));
        Assert.Equal(["2012", "2014"], results.Facets.Years.Select(f => f.Value));
    }

    [Fact]
    public void PagesHoldTranscriptsAndSayWhetherMoreFollow()
    {
        var first = index.Searcher.Search(new SearchRequest("afghanistan", Page: 1, PageSize: 2));
        var last = index.Searcher.Search(new SearchRequest("afghanistan", Page: 2, PageSize: 2));
        Assert.Equal((2, true), (first.Groups.Count, first.HasMore));
        Assert.Equal((1, false), (last.Groups.Count, last.HasMore));
        Assert.Empty(first.Groups.Select(g => g.Id).Intersect(last.Groups.Select(g => g.Id)));
    }

    [Fact]
    public void DeepPagesAreRefusedWithAReason()
    {
        var results = index.Searcher.Search(new SearchRequest("afghanistan", Page: TranscriptSearcher.MaxPages + 1));
        Assert.Contains("narrow the search", results.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thank", new[] { 1, 2 })]
    [InlineData("thank governors", new[] { 2 })]
    [InlineData("thank -governors", new[] { 1 })]
    [InlineData("I would like to thank all of you for the hard labour", new[] { 1 })]
    [InlineData("venue:sochi thank", new int[0])]
    [InlineData("((", new int[0])]
    public void ParagraphsMatchingAreOneTranscriptsMatchesByTheSameRules(string q, int[] expected) =>
        Assert.Equal(expected, index.Searcher.ParagraphsMatching("2014-09-20-year-end-meeting", q).Order());
}
