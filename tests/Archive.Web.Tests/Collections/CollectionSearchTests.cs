using System.Text.Json;
using static Archive.Web.Tests.Collections.CollectionsSiteFactory;

namespace Archive.Web.Tests.Collections;

/// <summary>Search names each result's collection, counts matches per collection beside them and filters by one.</summary>
public sealed class CollectionSearchTests(CollectionsSiteFactory site) : IClassFixture<CollectionsSiteFactory>
{
    // "the" is in every transcript of the fixture: the Kremlin page, the Miller speech and the librarians'.
    private const string Everywhere = "/search?q=the";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task TheCollectionFacetCountsMatchesPerCollectionUnderTheirNames()
    {
        var (status, page) = await _client.GetPage(Everywhere);

        Assert.Equal(200, status);
        var facet = page.QuerySelectorAll("ul.facet.collections li a");
        Assert.Equal(3, facet.Length);
        var kremlin = facet.Single(a => a.TextContent == "en.kremlin.ru");
        Assert.Equal("/search?q=the&collection=kremlin", kremlin.GetAttribute("href"));
    }

    [Fact]
    public async Task TheCollectionFilterKeepsOnlyItsTranscriptsAndCanBeRemoved()
    {
        var (status, page) = await _client.GetPage(Everywhere + "&collection=miller-center");

        Assert.Equal(200, status);
        Assert.Equal([MillerPage + "?q=the"], page.QuerySelectorAll("ol.hits a.hit-title").Select(a => a.GetAttribute("href")));
        var chip = page.QuerySelector("ul.active-filters li");
        Assert.StartsWith("Collection: Miller Center Presidential Speeches", chip?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("/search?q=the", chip?.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("miller-center", page.QuerySelector("select#collection option[selected]")?.GetAttribute("value"));
        Assert.EndsWith("Miller Center Presidential Speeches", page.QuerySelector("ol.hits .hit-meta")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheJsonTwinFiltersByCollectionAndNamesEachGroupsCollection()
    {
        using var all = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/search?q=the", UriKind.Relative)));
        Assert.Equal(3, all.RootElement.GetProperty("facets").GetProperty("collections").GetArrayLength());

        using var kremlin = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/search?q=the&collection=kremlin", UriKind.Relative)));
        var root = kremlin.RootElement;
        Assert.Equal("kremlin", root.GetProperty("filters").GetProperty("collection").GetString());
        Assert.Equal(["kremlin"], root.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("collection").GetString()));
    }

    [Fact]
    public async Task TheCollectionParameterIsOneThePagesReadSoTheirResultsAreCached()
    {
        var (_, page) = await _client.GetPage(Everywhere);
        var keys = page.QuerySelectorAll("ul.facet.collections a").Select(a => a.GetAttribute("href")!)
            .SelectMany(href => href[(href.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&'))
            .Select(pair => pair.Split('=')[0])
            .Concat(page.QuerySelectorAll("form[method=get] select[name]").Select(field => field.GetAttribute("name")!))
            .Distinct();
        Assert.Contains("collection", keys);
        Assert.All(keys, key => Assert.Contains(key, (IReadOnlySet<string>)Archive.Web.Caching.ImmutablePages.PageQueryKeys));

        using var first = await _client.GetAsync(new Uri(Everywhere + "&collection=local", UriKind.Relative));
        using var second = await _client.GetAsync(new Uri(Everywhere + "&collection=local", UriKind.Relative));
        Assert.NotNull(second.Headers.Age);
    }
}
