using Archive.Web.Discovery;
using static Archive.Web.Tests.BrowseSiteFactory;

namespace Archive.Web.Tests.Discovery;

public sealed class HeadLinksTests(BrowseSiteFactory site) : IClassFixture<BrowseSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private static readonly string[] Pages =
    [
        "/", "/search", "/search?q=future", "/years", "/2014", "/2014/07", "/2014/07/10", Seed,
        "/venues", "/venues/the-kremlin-moscow", "/speakers", "/speakers/vladimir-putin",
        "/about", "/help/search", "/help/api", "/no/such/page",
    ];

    public static TheoryData<string> PageTypes => new(Pages);

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task EveryPageHasItsOwnDescriptionTheSearchDescriptionAndTheIcons(string url)
    {
        var (_, page) = await _client.GetPage(url);

        var descriptions = page.QuerySelectorAll("head meta[name=description]");
        var description = Assert.Single(descriptions).GetAttribute("content");
        Assert.False(string.IsNullOrWhiteSpace(description));
        Assert.NotEqual(PageDescriptions.Site, description);
        Assert.InRange(description!.Length, 20, 300);
        Assert.Equal("/opensearch.xml", page.QuerySelector("head link[rel=search][type='application/opensearchdescription+xml']")?.GetAttribute("href"));
        Assert.Equal("/favicon.ico", page.QuerySelector("head link[rel=icon][sizes]")?.GetAttribute("href"));
        Assert.Equal("/icon.svg", page.QuerySelector("head link[rel=icon][type='image/svg+xml']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task DescriptionsSayWhatThePageHolds()
    {
        Assert.Equal("3 speech transcripts of July 2014, day by day.", await Description("/2014/07"));
        Assert.Equal("2 speech transcripts given at The Kremlin, Moscow, in 2014, newest first.", await Description("/venues/the-kremlin-moscow"));
        Assert.StartsWith("2 speech transcripts of July 10, 2014: ", await Description("/2014/07/10"), StringComparison.Ordinal);
        Assert.StartsWith("How to search", (await _client.GetPage("/help/search")).Document.Title, StringComparison.Ordinal);
    }

    private async Task<string?> Description(string url) =>
        (await _client.GetPage(url)).Document.QuerySelector("head meta[name=description]")?.GetAttribute("content");

    [Theory]
    [InlineData("/", "/api/transcripts")]
    [InlineData("/years", "/api/years")]
    [InlineData("/2014", "/api/dates/2014")]
    [InlineData("/2014/07", "/api/dates/2014/07")]
    [InlineData("/2014/07/10", "/api/dates/2014/07/10")]
    [InlineData("/venues", "/api/venues")]
    [InlineData("/venues/the-kremlin-moscow", "/api/venues/the-kremlin-moscow")]
    [InlineData("/speakers", "/api/speakers")]
    [InlineData("/speakers/vladimir-putin", "/api/speakers/vladimir-putin")]
    [InlineData("/search?q=future&sort=newest&page=1", "/api/search?q=future&sort=newest")]
    [InlineData(Seed, "/api/transcripts/2014-07-10-meeting-with-heads-of-security-and-intelligence-services-of-cis-states")]
    public async Task EveryPageLinksItsJsonTwinWhichAnswersJson(string url, string twin)
    {
        var (_, page) = await _client.GetPage(url);

        Assert.Equal(twin, page.QuerySelector("head link[rel=alternate][type='application/json']")?.GetAttribute("href"));
        using var response = await _client.GetAsync(new Uri(twin, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task NoPageIsHiddenFromSearchEnginesButSearchesAndCitationsAreNoWayIn()
    {
        var robots = await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        var transcript = (await _client.GetPage(Seed + "?p=3")).Document;
        var citeLinks = transcript.QuerySelectorAll("a[href^='/cite/']");
        var cite = citeLinks[0].GetAttribute("href")!;

        foreach (var url in Pages.Append(cite))
        {
            var (_, page) = await _client.GetPage(url);
            var directives = string.Join(',', page.QuerySelectorAll("head meta[name=robots]").Select(m => m.GetAttribute("content")));
            Assert.DoesNotContain("noindex", directives, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("none", directives, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(robots.Split('\n'), line => line.StartsWith("Disallow: ", StringComparison.Ordinal)
                && url.StartsWith(line["Disallow: ".Length..], StringComparison.Ordinal));
        }

        // Every facet, sort and page link of a search would be another search: crawlers do not follow them.
        var search = (await _client.GetPage("/search?q=future&sort=newest")).Document;
        Assert.Equal("nofollow", search.QuerySelector("head meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("http://localhost/search?q=future&sort=newest", search.QuerySelector("head link[rel=canonical]")?.GetAttribute("href"));
        // A citation page for every paragraph: not followed from the transcript, and folded into it.
        Assert.True(citeLinks.Length >= 2);
        Assert.All(citeLinks, a => Assert.Equal("nofollow", a.GetAttribute("rel")));
        var citation = (await _client.GetPage(cite)).Document;
        Assert.Equal("http://localhost" + Seed, citation.QuerySelector("head link[rel=canonical]")?.GetAttribute("href"));
    }
}
