using System.Text.Json;
using static Archive.Web.Tests.Collections.CollectionsSiteFactory;

namespace Archive.Web.Tests.Collections;

/// <summary>Browsing by collection: a list with publishers and licences, a page per collection, their JSON twins, and the collection on listings.</summary>
public sealed class CollectionPagesTests(CollectionsSiteFactory site) : IClassFixture<CollectionsSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task CollectionsPageNamesEachCollectionWithItsPublisherAndLicence()
    {
        var (status, page) = await _client.GetPage("/collections");

        Assert.Equal(200, status);
        var items = page.QuerySelectorAll("ul.collections > li");
        Assert.Equal(["/collections/kremlin", "/collections/local", "/collections/miller-center"], items.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        var kremlin = items[0];
        Assert.Equal("Published by President of Russia.", kremlin.QuerySelector(".publisher")?.TextContent.Trim());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", kremlin.QuerySelector(".licence a[rel=license]")?.GetAttribute("href"));
        Assert.Contains("Public domain", items[2].QuerySelector(".licence")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not stated", items[1].QuerySelector(".licence")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACollectionsPageListsItsTranscriptsUnderItsLicence()
    {
        var (status, page) = await _client.GetPage("/collections/miller-center");

        Assert.Equal(200, status);
        Assert.Equal("Transcripts from Miller Center Presidential Speeches", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Miller Center, University of Virginia", page.QuerySelector("p.licence")?.TextContent, StringComparison.Ordinal);
        Assert.Equal([MillerPage], page.QuerySelectorAll("ol.transcripts a").Select(a => a.GetAttribute("href")));
        Assert.Equal(404, (await _client.GetPage("/collections/nowhere")).Status);
    }

    [Fact]
    public async Task ListingsNameEachTranscriptsCollectionWhenThereAreSeveral()
    {
        var (_, page) = await _client.GetPage("/2018/09/09");

        Assert.Equal("en.kremlin.ru", page.QuerySelector("ol.transcripts span.collection")?.TextContent);
    }

    [Fact]
    public async Task CollectionsHaveJsonTwins()
    {
        using var all = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/collections", UriKind.Relative)));
        Assert.Equal(["kremlin", "local", "miller-center"], all.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.All(all.RootElement.EnumerateArray(), c => Assert.Equal(1, c.GetProperty("count").GetInt32()));

        using var one = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/collections/kremlin", UriKind.Relative)));
        Assert.Equal("CC BY 4.0", one.RootElement.GetProperty("licence").GetString());
        Assert.Equal(KremlinPage, one.RootElement.GetProperty("transcripts")[0].GetProperty("url").GetString());

        using var missing = await _client.GetAsync(new Uri("/api/collections/nowhere", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }
}
