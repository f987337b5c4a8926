using Xunit.Abstractions;

namespace Archive.Web.Tests.Crawl;

public sealed class SiteCrawlTests(BothCorporaSiteFactory site, ITestOutputHelper output) : IClassFixture<BothCorporaSiteFactory>
{
    private const int Pages = 2_000;

    [Fact]
    public async Task EveryLinkOnTwoThousandPagesOfBothCorporaAnswersOrRedirectsToAPage()
    {
        Assert.Equal(5_505, site.Report.Transcripts);
        using var client = site.CreateNonRedirectingClient();
        var crawler = new SiteCrawler(client, Pages);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var broken = await crawler.Crawl("/");

        output.WriteLine($"Imported in {site.ImportTime.TotalSeconds:F0} s; crawled in {clock.Elapsed.TotalSeconds:F0} s.");
        output.WriteLine($"{crawler.PagesRead} pages read, {crawler.LinksChecked} links and {crawler.AnchorsChecked} anchors checked; pages by kind:");
        foreach (var kind in crawler.Read.CountBy(Kind))
        {
            output.WriteLine($"{kind.Key}: {kind.Value}");
        }
        Assert.True(broken.Count == 0, $"{broken.Count} broken links:\n" + string.Join('\n', broken.Take(50)));
        Assert.Equal(Pages, crawler.PagesRead);
        Assert.True(crawler.LinksChecked > 5 * Pages, $"only {crawler.LinksChecked} links were checked");
        Assert.True(crawler.AnchorsChecked > 0, "no anchor was checked");
    }

    private static string Kind(string url) => url.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries) switch
    {
        [] => "home",
        [var y] when char.IsAsciiDigit(y[0]) => "year",
        [_, _] when char.IsAsciiDigit(url[1]) => "month",
        [_, _, _] when char.IsAsciiDigit(url[1]) => "day",
        [_, _, _, _] when char.IsAsciiDigit(url[1]) => "transcript",
        [var first, ..] => first,
    };
}
