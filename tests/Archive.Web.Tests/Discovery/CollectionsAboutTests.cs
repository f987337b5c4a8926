using Archive.Records;
using Archive.Tests;

namespace Archive.Web.Tests.Discovery;

public sealed class CollectionsAboutTests
{
    [Fact]
    public async Task AboutNamesTheCollectionsPublisherAndLicenceFromCollectionsJson()
    {
        using var site = new BrowseSiteFactory();
        await using (var stream = File.Create(Path.Combine(site.DataDir, DataLayout.Collections)))
        {
            RecordJson.Write<IReadOnlyList<CollectionInfo>>(stream, [new CollectionInfo
            {
                Id = CollectionInfo.LocalId,
                Name = "Teachers' speeches",
                Publisher = "The Test Office",
                Homepage = "https://tests.example/",
                Licence = "CC BY 4.0",
                LicenceUrl = "https://creativecommons.org/licenses/by/4.0/",
                Attribution = "The Test Office / tests.example",
            }]);
        }

        var (_, page) = await site.CreateClient().GetPage("/about");

        // The seed names its own collection (kremlin); the other four are the local one described here.
        var item = Assert.Single(page.QuerySelectorAll("ul.collections li"), li => li.QuerySelector("b a")?.GetAttribute("href") == "https://tests.example/");
        Assert.Contains("4 transcripts, published by The Test Office", item.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", item.QuerySelector("a[href*=creativecommons]")?.GetAttribute("href"));
        Assert.Contains("Credit: The Test Office / tests.example.", item.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentFolderPagesReplaceTheBuiltInOnes()
    {
        using var temp = new TempDir();
        temp.Write("content/transcripts/seed.txt", File.ReadAllBytes(RepoPaths.Seed));
        temp.Write("content/pages/help/search.md", "# Searching our speeches\n\nOur own words on searching.\n");
        new Import.ContentImporter(new Import.ImportOptions(temp.Combine("content"), temp.Combine("out")), TextWriter.Null).Run();
        using var site = new DataSiteFactory(temp.Combine("out"));
        var client = site.CreateClient();

        var (_, search) = await client.GetPage("/help/search");
        var (aboutStatus, about) = await client.GetPage("/about");

        Assert.Equal("Searching our speeches", search.QuerySelector("article h1")?.TextContent);
        Assert.Equal("Our own words on searching.", search.QuerySelector("head meta[name=description]")?.GetAttribute("content"));
        Assert.Equal(200, aboutStatus);
        Assert.Equal("About this archive", about.QuerySelector("article h1")?.TextContent);
    }
}
