namespace Archive.Search.Tests;

public sealed class SearchExportTests(SyntheticIndexFixture index) : IClassFixture<SyntheticIndexFixture>
{
    private string[] Exported(SearchRequest request, int limit = 100) =>
        [.. index.Searcher.Export(request, limit).Paragraphs.Select(p => p.Id[11..] + "/" + p.N)];

    [Fact]
    public void AnExportHoldsEveryMatchingParagraphNotThreeATranscript()
    {
        var export = index.Searcher.Export(new SearchRequest("crimea"), 100);

        Assert.Equal((5, 5, true), (export.Total, export.Count, export.Complete));
        Assert.Equal(5, export.Paragraphs.Count());
    }

    [Fact]
    public void ByRelevanceTheExportHasTheSearchPagesOrder() =>
        Assert.Equal(index.Find("afghanistan"), Exported(new SearchRequest("afghanistan")));

    [Fact]
    public void ByDateEachTranscriptsParagraphsComeInReadingOrder()
    {
        Assert.Equal(["crimea-address/1", "crimea-address/2", "crimea-address/3", "crimea-address/4", "crimea-address/5"],
            Exported(new SearchRequest("crimea people", Sort: SearchSort.Oldest)));
        Assert.Equal(["year-end-meeting/1", "year-end-meeting/2", "year-end-meeting/3", "sochi-forum/2", "kremlin-talks/2"],
            Exported(new SearchRequest("afghanistan OR thank", Sort: SearchSort.Newest)));
    }

    [Fact]
    public void TheLimitKeepsTheFirstParagraphsAndStillCountsThemAll()
    {
        var export = index.Searcher.Export(new SearchRequest("crimea", Sort: SearchSort.Oldest), 2);

        Assert.Equal((5, 2), (export.Total, export.Count));
        Assert.Equal([1, 2], export.Paragraphs.Select(p => p.N));
    }

    [Fact]
    public void ExportedParagraphsCarryTheirTranscriptAndTheirWholeText()
    {
        var p = Assert.Single(index.Searcher.Export(new SearchRequest("\"energy cooperation\""), 10).Paragraphs);

        Assert.Equal(("2010-03-01-kremlin-talks", "/2010/03/01/kremlin-talks", "kremlin talks", "2010-03-01", "The Kremlin, Moscow", 3, (string?)null),
            (p.Id, p.Url, p.Title, p.Date, p.Venue, p.N, p.Speaker));
        Assert.Equal("We discussed energy cooperation and the gas pipeline.", p.Text);
    }

    [Fact]
    public void FiltersApplyAsOnThePage() =>
        Assert.Equal(["sochi-forum/2"], Exported(new SearchRequest("afghanistan", Venue: "Sochi")));

    [Theory]
    [InlineData("\"")]
    [InlineData("AND")]
    [InlineData("((")]
    public void MisplacedSyntaxExportsTheParagraphsThePageShows(string q) =>
        Assert.Equal(index.Find(q).Order(StringComparer.Ordinal), Exported(new SearchRequest(q)).Order(StringComparer.Ordinal));

    /// <summary>The page groups paragraphs by transcript; the export ranks the paragraphs themselves.</summary>
    [Fact]
    public void ByRelevanceParagraphsAreRankedOnTheirOwnNotGroupedByTranscript() =>
        Assert.Equal(["kremlin-talks/3", "sochi-forum/2", "kremlin-talks/2", "sochi-forum/1"], Exported(new SearchRequest("AND")));

    [Fact]
    public void ASearchOverTheLimitsIsRefusedWithAReason()
    {
        var export = index.Searcher.Export(new SearchRequest(new string('a', SearchRequest.MaxQueryLength + 1)), 10);

        Assert.NotNull(export.Problem);
        Assert.Empty(export.Paragraphs);
    }
}
