using AngleSharp.Dom;
using static Archive.Web.Tests.BrowseSiteFactory;

namespace Archive.Web.Tests;

public sealed class BrowsePageTests(BrowseSiteFactory site) : IClassFixture<BrowseSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private static string[] Hrefs(IEnumerable<IElement> links) => [.. links.Select(a => a.GetAttribute("href") ?? "")];

    [Fact]
    public async Task YearsOverviewCountsEachYearAndEachMonth()
    {
        var (status, page) = await _client.GetPage("/years");

        Assert.Equal(200, status);
        var rows = page.QuerySelectorAll("table.years-overview tbody tr");
        Assert.Equal(["2015", "2014"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Equal(["1", "4"], rows.Select(r => r.QuerySelector("td.count")!.TextContent));
        var july = page.QuerySelector("a[href='/2014/07']");
        Assert.Equal("3", july?.TextContent);
    }

    [Fact]
    public async Task YearPageShowsMonthCountsACalendarOfDaysAndTheNextYear()
    {
        var (status, page) = await _client.GetPage("/2014");

        Assert.Equal(200, status);
        Assert.Equal(["July (3)", "September (1)"], page.QuerySelectorAll("ul.months li").Select(li => li.TextContent.Trim()));
        Assert.Equal(12, page.QuerySelectorAll("table.calendar").Length);
        Assert.Equal(["/2014/07/10", "/2014/07/25", "/2014/09/01"], Hrefs(page.QuerySelectorAll("table.calendar td.has a")));
        Assert.Equal("/2015", page.QuerySelector("nav.prevnext a[rel=next]")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("nav.prevnext a[rel=prev]"));
        Assert.Equal("/years", page.QuerySelector("nav.crumbs a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task MonthPageShowsItsCalendarItsTranscriptsAndSkipsEmptyMonths()
    {
        var (status, page) = await _client.GetPage("/2014/07");

        Assert.Equal(200, status);
        Assert.Equal(["/2014/07/10", "/2014/07/25"], Hrefs(page.QuerySelectorAll("table.calendar td.has a")));
        // July 1, 2014 was a Tuesday: one blank cell before it.
        Assert.Equal("1", page.QuerySelectorAll("table.calendar tbody tr:first-child td")[1].TextContent);
        Assert.Equal([Press, Economy, Seed], Hrefs(page.QuerySelectorAll("ol.transcripts a")));
        Assert.Equal("/2014/09", page.QuerySelector("nav.prevnext a[rel=next]")?.GetAttribute("href"));
        Assert.Equal(["/years", "/2014"], Hrefs(page.QuerySelectorAll("nav.crumbs a")));
    }

    [Fact]
    public async Task DayPageListsThatDayAndLinksToTheNeighbouringDays()
    {
        var (status, page) = await _client.GetPage("/2014/07/25");

        Assert.Equal(200, status);
        Assert.Equal([Press], Hrefs(page.QuerySelectorAll("ol.transcripts a")));
        Assert.Equal("/2014/07/10", page.QuerySelector("nav.prevnext a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/2014/09/01", page.QuerySelector("nav.prevnext a[rel=next]")?.GetAttribute("href"));
        Assert.Equal(["/years", "/2014", "/2014/07"], Hrefs(page.QuerySelectorAll("nav.crumbs a")));
    }

    [Theory]
    [InlineData("/2013")]
    [InlineData("/2014/08")]
    [InlineData("/2014/07/11")]
    [InlineData("/2014/07/32")]
    [InlineData("/venues/nowhere")]
    [InlineData("/speakers/nobody")]
    [InlineData("/venues/the-kremlin-moscow?page=2")]
    public async Task EmptyOrUnknownPeriodsAndFacetsAnswerNotFound(string url)
    {
        var (status, page) = await _client.GetPage(url);
        Assert.Equal(404, status);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task TranscriptPageLinksToTheTranscriptsBeforeAndAfterItInTime()
    {
        var (_, page) = await _client.GetPage(Press);

        Assert.Equal(Economy, page.QuerySelector("nav.prevnext a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal(Address, page.QuerySelector("nav.prevnext a[rel=next]")?.GetAttribute("href"));

        var (_, newest) = await _client.GetPage(Students);
        Assert.Null(newest.QuerySelector("nav.prevnext a[rel=next]"));
    }

    [Fact]
    public async Task VenuesAreCountedWithSpellingsThatDifferOnlyInCaseTakenAsOne()
    {
        var (status, page) = await _client.GetPage("/venues");

        Assert.Equal(200, status);
        Assert.Equal(["Novo-Ogaryovo, Moscow Region (3)", "The Kremlin, Moscow (2)"], page.QuerySelectorAll("ul.facets li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["/venues/novo-ogaryovo-moscow-region", "/venues/the-kremlin-moscow"], Hrefs(page.QuerySelectorAll("ul.facets a")));
    }

    [Fact]
    public async Task VenuePageListsItsTranscriptsNewestFirst()
    {
        var (status, page) = await _client.GetPage("/venues/novo-ogaryovo-moscow-region");

        Assert.Equal(200, status);
        Assert.Equal([Students, Press, Seed], Hrefs(page.QuerySelectorAll("ol.transcripts a")));
        Assert.Equal("/venues", page.QuerySelector("nav.crumbs a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task SpeakersAreListedWithTheNumberOfTranscriptsTheySpeakIn()
    {
        var (status, page) = await _client.GetPage("/speakers");

        Assert.Equal(200, status);
        var items = page.QuerySelectorAll("ul.facets li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Vladimir Putin (2)", items);
        Assert.Contains("Dmitry Medvedev (1)", items);
    }

    [Fact]
    public async Task TranscriptPageShowsTheLabelAsTheSourceWroteIt()
    {
        var (_, page) = await _client.GetPage(Press);

        Assert.StartsWith("President of Russia Vladimir Putin: The harvest", page.QuerySelector("#p1")?.TextContent[1..], StringComparison.Ordinal);
        Assert.Equal(["/speakers/vladimir-putin"], Hrefs(page.QuerySelectorAll("dl.meta dd.speakers a")).Take(1));
    }

    [Fact]
    public async Task SpeakerPageListsTheTranscriptsWhereTheSpeakerHasTurns()
    {
        var (status, page) = await _client.GetPage("/speakers/vladimir-putin");

        Assert.Equal(200, status);
        Assert.Equal([Press, Economy], Hrefs(page.QuerySelectorAll("ol.transcripts a")));
    }

    [Fact]
    public async Task TranscriptPageLinksItsDayVenueAndSpeakers()
    {
        var (_, page) = await _client.GetPage(Economy);

        Assert.Equal("/2014/07/10", page.QuerySelector("dl.meta time")?.ParentElement?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("dl.meta a[href='/venues/the-kremlin-moscow']"));
        Assert.Equal(["/speakers/vladimir-putin", "/speakers/dmitry-medvedev"], Hrefs(page.QuerySelectorAll("dl.meta dd.speakers a")));
    }
}
