namespace Archive.Web.Tests;

public sealed class InTranscriptSearchTests(ArchiveSiteFactory site) : IClassFixture<ArchiveSiteFactory>
{
    private const string SeedUrl = "/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task APhraseIsMarkedInPlaceWithACount()
    {
        var (status, page) = await _client.GetPage(SeedUrl + "?q=" + Uri.EscapeDataString("\"combine your efforts\""));
        Assert.Equal(200, status);
        Assert.Equal(["combine", "your", "efforts"], page.QuerySelectorAll(".paragraphs mark").Select(m => m.TextContent));
        Assert.NotNull(page.QuerySelector("#p3 mark"));
        Assert.StartsWith("1 paragraph matches", page.QuerySelector(".in-transcript-count")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("#p3", page.QuerySelector(".in-transcript-count a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task EachMatchLinksToThePreviousAndNextMatch()
    {
        var (_, page) = await _client.GetPage(SeedUrl + "?q=security");
        var matched = page.QuerySelectorAll(".paragraphs p.para").Where(p => p.QuerySelector("mark") is not null).Select(p => p.Id).ToList();
        Assert.True(matched.Count >= 2);
        Assert.Equal(["#" + matched[1]], page.QuerySelectorAll($"#{matched[0]} .match-nav a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["#" + matched[^2]], page.QuerySelectorAll($"#{matched[^1]} .match-nav a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task TheParagraphTextStaysWholeAndEncoded()
    {
        var (_, plain) = await _client.GetPage(SeedUrl);
        var (_, searched) = await _client.GetPage(SeedUrl + "?q=security");
        var before = plain.QuerySelector("#p2")!.TextContent;
        var after = searched.QuerySelector("#p2")!;
        Assert.StartsWith(before, after.TextContent, StringComparison.Ordinal);
        Assert.Equal(after.TextContent.Length - before.Length, after.QuerySelector(".match-nav")?.TextContent.Length + 1 ?? 0);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"")]
    [InlineData("((")]
    public async Task HostileSearchesShowTheTranscriptUnharmed(string q)
    {
        var (status, page) = await _client.GetPage(SeedUrl + "?q=" + Uri.EscapeDataString(q));
        Assert.Equal(200, status);
        Assert.Null(page.QuerySelector("main script"));
        Assert.Equal(6, page.QuerySelectorAll(".paragraphs p.para").Length);
    }

    [Fact]
    public async Task NoMatchSaysSoAndOffersTheWholeArchive()
    {
        var (_, page) = await _client.GetPage(SeedUrl + "?q=xylophone");
        Assert.Contains("No paragraph here matches", page.QuerySelector(".in-transcript-count")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=xylophone", page.QuerySelector(".in-transcript-count a")?.GetAttribute("href"));
    }
}
