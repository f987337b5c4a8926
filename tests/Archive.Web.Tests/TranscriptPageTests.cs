namespace Archive.Web.Tests;

public sealed class TranscriptPageTests(ArchiveSiteFactory site) : IClassFixture<ArchiveSiteFactory>
{
    private const string SeedUrl = "/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task TranscriptPageShowsMetadataAndEveryParagraphWithItsAnchor()
    {
        var (status, page) = await _client.GetPage(SeedUrl);

        Assert.Equal(200, status);
        Assert.Equal("Meeting with heads of security and intelligence services of CIS states", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("2014-07-10", page.QuerySelector("dl.meta time")?.GetAttribute("datetime"));
        Assert.Contains("Novo-Ogaryovo, Moscow Region", page.QuerySelector("dl.meta")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("President of Russia", page.QuerySelector("dl.meta")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Vladimir Putin held a meeting", page.QuerySelector(".summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["p1", "p2", "p3", "p4", "p5", "p6"], page.QuerySelectorAll(".paragraphs [id]").Select(e => e.Id));
        Assert.Matches("^/d/[0-9a-z]{6}/3$", page.QuerySelector("#p3 a.pn")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/2014/07/10/no-such-transcript")]
    [InlineData("/1999")]
    [InlineData("/2014/13")]
    [InlineData("/no/such/page/at/all")]
    [InlineData("/about/nothing-here")]
    public async Task UnknownAddressesAnswerTheNotFoundPage(string url)
    {
        var (status, page) = await _client.GetPage(url);
        Assert.Equal(404, status);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task HomeListsTheLatestTranscriptAndHasASearchBox()
    {
        var (status, page) = await _client.GetPage("/");
        Assert.Equal(200, status);
        Assert.NotNull(page.QuerySelector($"ol.transcripts a[href='{SeedUrl}']"));
        Assert.NotNull(page.QuerySelector("form[action='/search'] input[name=q]"));
    }

    [Theory]
    [InlineData("/2014", "/2014/07/10")]
    [InlineData("/2014/07", SeedUrl)]
    [InlineData("/2014/07/10", SeedUrl)]
    [InlineData("/years", "/2014")]
    public async Task DatePagesLeadToTheTranscript(string url, string link)
    {
        var (status, page) = await _client.GetPage(url);
        Assert.Equal(200, status);
        Assert.NotNull(page.QuerySelector($"main a[href='{link}']"));
    }

    [Fact]
    public async Task AboutPageIsRenderedFromMarkdownAndNamesTheLicence()
    {
        var (status, page) = await _client.GetPage("/about");
        Assert.Equal(200, status);
        Assert.Equal("About this archive", page.QuerySelector("article h1")?.TextContent);
        Assert.Contains("CC BY 4.0", page.QuerySelector("article")?.TextContent, StringComparison.Ordinal);
    }
}
