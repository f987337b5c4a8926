using Archive.Records;

namespace Archive.Web.Tests.Discovery;

/// <summary>The about and help pages of an archive imported from a folder without <c>pages/</c> (the fixture's content has none).</summary>
public sealed class BuiltInPagesTests(BrowseSiteFactory site) : IClassFixture<BrowseSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData("/about", "About this archive")]
    [InlineData("/help/search", "How to search")]
    [InlineData("/help/api", "The API")]
    public async Task EveryArchiveHasTheBuiltInPages(string url, string heading)
    {
        Assert.False(Directory.Exists(Path.Combine(site.DataDir, DataLayout.Pages)));

        var (status, page) = await _client.GetPage(url);

        Assert.Equal(200, status);
        Assert.Equal(heading, page.QuerySelector("article h1")?.TextContent);
    }

    [Fact]
    public async Task AboutNamesEachCollectionWithWhatIsKnownOfIt()
    {
        var (_, page) = await _client.GetPage("/about");

        // The local collection names no publisher: its transcripts' source is named instead.
        // (The seed names its own collection, kremlin; the other four are local.)
        var item = Assert.Single(page.QuerySelectorAll("ul.collections li"), li => li.QuerySelector("a")?.GetAttribute("href") == "/feeds/collections/local");
        Assert.Contains("4 transcripts, published by President of Russia", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Licence: Not stated", item.TextContent, StringComparison.Ordinal);
        Assert.Equal("/feeds/collections/local", item.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ApiHelpExamplesUseThisArchivesAddressAndIds()
    {
        var (_, page) = await _client.GetPage("/help/api");
        var text = page.QuerySelector("article")!.TextContent;

        Assert.Contains("ARCHIVE=http://localhost", text, StringComparison.Ordinal);
        Assert.Contains("$ARCHIVE/api/transcripts/2015-03-03-meeting-with-students", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }
}
