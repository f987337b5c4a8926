using System.Net;
using System.Text.Json;

namespace Archive.Web.Tests;

/// <summary>Filters, facets, the chart, suggestions, notes and paging on the search page and its JSON twin.</summary>
public sealed class SearchFilterPageTests(ArchiveSiteFactory site) : IClassFixture<ArchiveSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task YearChartIsInlineSvgWithABarThatNarrowsToItsYear()
    {
        var (status, page) = await _client.GetPage("/search?q=security");
        Assert.Equal(200, status);
        var bar = page.QuerySelector("figure.year-chart svg a");
        Assert.Equal("/search?q=security&from=2014-01-01&to=2014-12-31", bar?.GetAttribute("href"));
        Assert.Contains("2014: 3 paragraphs", bar?.QuerySelector("rect title")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HitLinksToItsParagraphAndTheTitleOpensTheTranscriptWithTheMatchesMarked()
    {
        const string Url = "/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states";
        var (_, page) = await _client.GetPage("/search?q=" + Uri.EscapeDataString("\"combine your efforts\""));
        Assert.Equal(Url + "#p3", page.QuerySelector("ol.hits blockquote a")?.GetAttribute("href"));
        var title = page.QuerySelector("ol.hits a.hit-title")?.GetAttribute("href");
        Assert.Equal(Url + "?q=%22combine%20your%20efforts%22", title);

        var (_, transcript) = await _client.GetPage(title!);
        Assert.Equal(["combine", "your", "efforts"], transcript.QuerySelectorAll("#p3 mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task VenueFacetNarrowsAndCanBeRemoved()
    {
        var (_, page) = await _client.GetPage("/search?q=security");
        var venue = page.QuerySelector("ul.facet.venues a");
        Assert.Equal("Novo-Ogaryovo, Moscow Region", venue?.TextContent);

        var (status, narrowed) = await _client.GetPage(venue!.GetAttribute("href")!);
        Assert.Equal(200, status);
        Assert.Contains("Venue: Novo-Ogaryovo, Moscow Region", narrowed.QuerySelector("ul.active-filters")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=security", narrowed.QuerySelector("ul.active-filters a")?.GetAttribute("href"));
        Assert.NotEmpty(narrowed.QuerySelectorAll("ol.hits li"));
    }

    [Fact]
    public async Task DatesOutsideTheArchiveFindNothing()
    {
        var (status, page) = await _client.GetPage("/search?q=security&from=2015&sort=newest");
        Assert.Equal(200, status);
        Assert.StartsWith("No paragraphs match", page.QuerySelector("p.total")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=security&from=yesterday", "is not a date")]
    [InlineData("/search?q=security&sort=sideways", "is not one of relevance")]
    [InlineData("/search?q=security&page=-1", "is not a page number")]
    [InlineData("/search?q=security&from=2015-01-01&to=2014-01-01", "comes after")]
    [InlineData("/search?q=security&page=26", "first 25 pages")]
    public async Task ParametersThatCannotBeUsedAnswerABadRequestPage(string url, string reason)
    {
        var (status, page) = await _client.GetPage(url);
        Assert.Equal(400, status);
        Assert.Contains(reason, page.QuerySelector(".problem")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MisspelledWordSuggestsTheIndexedOne()
    {
        var (_, page) = await _client.GetPage("/search?q=Afganistan");
        var link = page.QuerySelector("p.suggestion a");
        Assert.Equal("Afghanistan", link?.TextContent);
        Assert.Equal("/search?q=Afghanistan", link?.GetAttribute("href"));
    }

    [Fact]
    public async Task AStrayOperatorIsExplained()
    {
        var (status, page) = await _client.GetPage("/search?q=security%20AND");
        Assert.Equal(200, status);
        Assert.Contains("searched as a word", page.QuerySelector("p.note")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownFieldIsExplained()
    {
        var (status, page) = await _client.GetPage("/search?q=title%3Asecurity");
        Assert.Equal(200, status);
        Assert.Contains("title: is not a field you can search", page.QuerySelector("p.note")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiCarriesGroupsFacetsFiltersAndPaging()
    {
        using var response = await _client.GetAsync(new Uri("/api/search?q=security&venue=" + Uri.EscapeDataString("Novo-Ogaryovo, Moscow Region") + "&sort=oldest", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(("oldest", 1, 20, false), (root.GetProperty("sort").GetString(), root.GetProperty("page").GetInt32(), root.GetProperty("pageSize").GetInt32(), root.GetProperty("hasMore").GetBoolean()));
        Assert.Equal("Novo-Ogaryovo, Moscow Region", root.GetProperty("filters").GetProperty("venue").GetString());
        Assert.Equal((3, 1), (root.GetProperty("total").GetInt32(), root.GetProperty("transcripts").GetInt32()));
        Assert.Equal(3, root.GetProperty("groups")[0].GetProperty("hits").GetArrayLength());
        var year = root.GetProperty("facets").GetProperty("years")[0];
        Assert.Equal(("2014", 3), (year.GetProperty("value").GetString(), year.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task ApiSuggestsAndExplainsToo()
    {
        using var response = await _client.GetAsync(new Uri("/api/search?q=Afganistan%20OR", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Afghanistan OR", json.RootElement.GetProperty("suggestion").GetString());
        Assert.Single(json.RootElement.GetProperty("notes").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=x&to=someday")]
    [InlineData("/api/search?q=x&page=26")]
    public async Task ApiAnswersBadRequestsWithAReason(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task HelpPageExplainsTheSyntax()
    {
        var (status, page) = await _client.GetPage("/help/search");
        Assert.Equal(200, status);
        Assert.Equal("How to search", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("speaker:Putin", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }
}
