using System.Text.Json;
using static Archive.Web.Tests.Collections.CollectionsSiteFactory;

namespace Archive.Web.Tests.Collections;

/// <summary>A transcript page says where its words come from: the original address, the publisher, the collection and its licence.</summary>
public sealed class TranscriptSourceTests(CollectionsSiteFactory site) : IClassFixture<CollectionsSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task AKremlinTranscriptLinksToItsOriginalAndGivesTheLicenceAndAttributionItAsksFor()
    {
        var (status, page) = await _client.GetPage(KremlinPage);

        Assert.Equal(200, status);
        var original = page.QuerySelector("dl.meta a.source-url");
        Assert.Equal(KremlinOriginal, original?.GetAttribute("href"));
        Assert.Equal("Original at en.kremlin.ru", original?.TextContent);
        Assert.Equal("President of Russia", page.QuerySelector("dl.meta dd.publisher")?.TextContent.Trim());
        var licence = page.QuerySelector("dl.meta dd.licence a[rel=license]");
        Assert.Equal(("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"), (licence?.TextContent, licence?.GetAttribute("href")));
        Assert.Equal("© President of Russia / kremlin.ru, licensed under CC BY 4.0", page.QuerySelector("dl.meta dd.licence .attribution")?.TextContent);
        Assert.Equal("/collections/kremlin", page.QuerySelector("dl.meta a.collection")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AMillerCenterSpeechNamesTheMillerCenterAsPublisherNotThePresident()
    {
        var (status, page) = await _client.GetPage(MillerPage);

        Assert.Equal(200, status);
        Assert.Equal(MillerOriginal, page.QuerySelector("dl.meta a.source-url")?.GetAttribute("href"));
        Assert.Equal("Original at millercenter.org", page.QuerySelector("dl.meta a.source-url")?.TextContent);
        Assert.Equal("Miller Center, University of Virginia", page.QuerySelector("dl.meta dd.publisher")?.TextContent.Trim());
        Assert.Equal("Public domain", page.QuerySelector("dl.meta dd.licence")?.TextContent.Trim());
    }

    [Fact]
    public async Task ALocalTranscriptHasNoOriginalToLinkAndSaysItsLicenceIsNotStated()
    {
        var (status, page) = await _client.GetPage(LocalPage);

        Assert.Equal(200, status);
        Assert.Null(page.QuerySelector("a.source-url"));
        Assert.Equal("City Library", page.QuerySelector("dl.meta dd.publisher")?.TextContent.Trim());
        Assert.Equal("Not stated", page.QuerySelector("dl.meta dd.licence")?.TextContent.Trim());
        Assert.Equal("Local content", page.QuerySelector("dl.meta a.collection")?.TextContent);
    }

    [Fact]
    public async Task TheJsonTwinCarriesTheOriginalAddressTheCollectionAndItsLicence()
    {
        var (_, page) = await _client.GetPage(KremlinPage);
        var json = page.QuerySelector("footer.provenance a[href^='/api/transcripts/']")!.GetAttribute("href")!;

        using var response = await _client.GetAsync(new Uri(json, UriKind.Relative));
        using var record = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var root = record.RootElement;
        Assert.Equal(KremlinOriginal, root.GetProperty("sourceUrl").GetString());
        Assert.Equal("kremlin", root.GetProperty("collection").GetString());
        var info = root.GetProperty("collectionInfo");
        Assert.Equal(("President of Russia", "CC BY 4.0"), (info.GetProperty("publisher").GetString(), info.GetProperty("licence").GetString()));
        Assert.True(root.GetProperty("paragraphs").GetArrayLength() > 0);
    }
}
