using System.Net;
using AngleSharp.Dom;

namespace Archive.Web.Tests;

public sealed class PermalinkPageTests(ArchiveSiteFactory site) : IClassFixture<ArchiveSiteFactory>
{
    private const string SeedUrl = "/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states";
    private readonly HttpClient _client = site.CreateNonRedirectingClient();

    private async Task<(string ShortLink, IDocument Page)> SeedPage()
    {
        var (_, page) = await _client.GetPage(SeedUrl);
        var shortLink = page.QuerySelector("dl.meta a.short-link")?.GetAttribute("href");
        Assert.NotNull(shortLink);
        return (shortLink, page);
    }

    [Fact]
    public async Task TranscriptPageShowsItsShortLinkInFull()
    {
        var (shortLink, page) = await SeedPage();

        Assert.Matches("^/d/[0-9a-z]{6}$", shortLink);
        Assert.Equal("http://localhost" + shortLink, page.QuerySelector("dl.meta a.short-link")?.TextContent);
    }

    [Fact]
    public async Task EveryParagraphsNumberIsItsOneLinkToItsShortLink()
    {
        var (shortLink, page) = await SeedPage();

        foreach (var p in page.QuerySelectorAll(".paragraphs p.para"))
        {
            Assert.Equal([$"{shortLink}/{p.Id![1..]}"], p.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        }
        Assert.Equal(6, page.QuerySelectorAll(".paragraphs p.para").Length);
        Assert.Null(page.QuerySelector("#para-tools"));
    }

    [Fact]
    public async Task TheParagraphAShortLinkNamesCarriesTheToolsWithoutAnyScript()
    {
        var (shortLink, _) = await SeedPage();
        var id = shortLink["/d/".Length..];

        var (_, page) = await _client.GetPage(SeedUrl + "?p=3");

        var tools = page.QuerySelectorAll("#para-tools");
        Assert.Equal("p3", Assert.Single(tools).Closest("p")?.Id);
        Assert.Equal($"/d/{id}/3", tools[0].QuerySelector("a.short")?.GetAttribute("href"));
        Assert.Equal($"http://localhost/d/{id}/3", tools[0].QuerySelector("a.short")?.TextContent);
        Assert.Equal($"/cite/{id}/3", tools[0].QuerySelector("a.cite")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ShortLinkRedirectsToTheTranscript()
    {
        var (shortLink, _) = await SeedPage();

        using var response = await _client.GetAsync(new Uri(shortLink, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(SeedUrl, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ShortParagraphLinkRedirectsToThePageAndTheParagraphsAnchor()
    {
        var (shortLink, _) = await SeedPage();

        using var response = await _client.GetAsync(new Uri(shortLink + "/3", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(SeedUrl + "?p=3#p3", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/d/zzzzzz")]
    [InlineData("/d/zzzzzz/1")]
    [InlineData("/cite/zzzzzz")]
    public async Task UnknownShortIdAnswersNotFound(string url)
    {
        var (status, _) = await _client.GetPage(url);
        Assert.Equal(404, status);
    }

    [Theory]
    [InlineData("/7")]
    [InlineData("/0")]
    [InlineData("/99999999999")]
    public async Task ParagraphNumberThatNeverExistedAnswersNotFound(string suffix)
    {
        var (shortLink, _) = await SeedPage();
        var (status, page) = await _client.GetPage(shortLink + suffix);
        Assert.Equal(404, status);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task SharedParagraphLinkPreviewsItsQuotation()
    {
        var (shortLink, page) = await SeedPage();
        var third = page.QuerySelector("#p3")!;
        var words = third.ChildNodes.OfType<IText>().First(t => t.Text.Trim().Length > 0).Text.Trim();

        var (status, shared) = await _client.GetPage(SeedUrl + "?p=3");

        Assert.Equal(200, status);
        Assert.StartsWith(words[..60], shared.QuerySelector("meta[property='og:description']")?.GetAttribute("content"), StringComparison.Ordinal);
        Assert.StartsWith(words[..60], shared.QuerySelector("meta[name='twitter:description']")?.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("http://localhost" + shortLink + "/3", shared.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        Assert.Equal("summary", shared.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
        Assert.StartsWith("Vladimir Putin held a meeting", page.QuerySelector("meta[property='og:description']")?.GetAttribute("content"), StringComparison.Ordinal);
    }
}
