using System.Text.Json;
using Archive.Import;
using Archive.Records;
using Archive.Tests;

namespace Archive.Web.Tests.Collections;

/// <summary>An import written before <c>collections.json</c> existed is served whole: every transcript is local, shown without a licence.</summary>
public sealed class MissingCollectionsFileTests
{
    private const string SeedUrl = "/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states";

    [Fact]
    public async Task AMillerCenterSpeechImportedBeforeCollectionsNamesNoPresidentAsPublisher()
    {
        using var temp = new TempDir();
        temp.Write("content/1793-03-04-second-inaugural-address.txt",
            File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "miller-center-txt", "data", "1793-03-04-second-inaugural-address.txt")));
        var dataDir = temp.Combine("site");
        Assert.Empty(new ContentImporter(new ImportOptions(temp.Combine("content"), dataDir), TextWriter.Null).Run().Problems);
        File.Delete(Path.Combine(dataDir, DataLayout.Collections));
        using var site = new DataSiteFactory(dataDir);

        var (status, page) = await site.CreateClient().GetPage("/1793/03/04/second-inaugural-address");

        Assert.Equal(200, status);
        Assert.Null(page.QuerySelector("dl.meta dd.publisher"));
        Assert.Contains("Source", page.QuerySelectorAll("dl.meta dt").Select(dt => dt.TextContent));
    }

    [Fact]
    public async Task AnOlderImportWithoutCollectionsIsServedAsLocalContent()
    {
        using var temp = new TempDir();
        var dataDir = temp.Combine("site");
        // The seed as an import made before collections: no Collection line, no collections.json.
        var transcripts = Directory.CreateDirectory(temp.Combine("content", "transcripts")).FullName;
        File.WriteAllLines(Path.Combine(transcripts, Path.GetFileName(RepoPaths.Seed)),
            File.ReadAllLines(RepoPaths.Seed).Where(line => !line.StartsWith("Collection:", StringComparison.Ordinal)));
        Assert.Empty(new ContentImporter(new ImportOptions(temp.Combine("content"), dataDir), TextWriter.Null).Run().Problems);
        File.Delete(Path.Combine(dataDir, DataLayout.Collections));
        using var site = new DataSiteFactory(dataDir);
        using var client = site.CreateClient();

        var (status, page) = await client.GetPage(SeedUrl);
        Assert.Equal(200, status);
        Assert.Equal("Not stated", page.QuerySelector("dl.meta dd.licence")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("dl.meta a.collection"));

        var (listStatus, list) = await client.GetPage("/collections");
        Assert.Equal(200, listStatus);
        Assert.Equal(["/collections/local"], list.QuerySelectorAll("ul.collections > li > a").Select(a => a.GetAttribute("href")));

        using var record = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/transcripts/2014-07-10-meeting-with-heads-of-security-and-intelligence-services-of-cis-states", UriKind.Relative)));
        Assert.Equal("local", record.RootElement.GetProperty("collection").GetString());
        Assert.Equal("Not stated", record.RootElement.GetProperty("collectionInfo").GetProperty("licence").GetString());

        var (searchStatus, search) = await client.GetPage("/search?q=security&collection=local");
        Assert.Equal(200, searchStatus);
        Assert.NotEmpty(search.QuerySelectorAll("ol.hits a.hit-title"));
    }
}
