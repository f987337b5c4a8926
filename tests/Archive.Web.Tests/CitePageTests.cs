using AngleSharp.Dom;

namespace Archive.Web.Tests;

public sealed class CitePageTests(ArchiveSiteFactory site) : IClassFixture<ArchiveSiteFactory>
{
    private const string SeedUrl = "/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states";
    private readonly HttpClient _client = site.CreateClient();

    private async Task<(string Cite, string Quotation)> ThirdParagraph()
    {
        // The paragraph's tools are on the page its short link leads to.
        var (_, page) = await _client.GetPage(SeedUrl + "?p=3");
        var p = page.QuerySelector("#p3")!;
        var quotation = string.Concat(p.ChildNodes.OfType<IText>().Select(t => t.Text)).Trim();
        return (p.QuerySelector("a.cite")!.GetAttribute("href")!, quotation);
    }

    [Fact]
    public async Task ParagraphCitationsCarryTheExactQuotationThePermalinkAndTheDateAccessed()
    {
        var (cite, quotation) = await ThirdParagraph();
        var permalink = "http://localhost" + cite.Replace("/cite/", "/d/", StringComparison.Ordinal);

        var (status, page) = await _client.GetPage(cite);

        Assert.Equal(200, status);
        Assert.Equal(quotation, page.QuerySelector("blockquote.quotation")?.TextContent.Trim());
        Assert.Equal(permalink, page.QuerySelector("a.permalink")?.GetAttribute("href"));
        foreach (var style in new[] { "#chicago", "#apa", "#bibtex" })
        {
            var text = page.QuerySelector(style)!.TextContent;
            Assert.Contains(quotation, text, StringComparison.Ordinal);
            Assert.Contains(permalink, text, StringComparison.Ordinal);
        }
        Assert.Contains("accessed February 3, 2031", page.QuerySelector("#chicago")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(President of Russia, 2014, para. 3)", page.QuerySelector("#apa")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Retrieved February 3, 2031", page.QuerySelector("#apa")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("urldate", page.QuerySelector("#bibtex")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("{2031-02-03}", page.QuerySelector("#bibtex")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2031-02-03", page.QuerySelector("time.accessed")?.GetAttribute("datetime"));
    }

    [Fact]
    public async Task CitationPageIsNeverCachedBecauseItPrintsTodaysDate()
    {
        var (cite, _) = await ThirdParagraph();
        using var response = await _client.GetAsync(new Uri(cite, UriKind.Relative));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task DateAccessedIsTheDayOfEachRequestEvenForAPageServedBefore()
    {
        var (cite, _) = await ThirdParagraph();
        var (_, first) = await _client.GetPage(cite);
        site.Clock.Now = FixedClock.Instant.AddDays(1);
        try
        {
            var (_, second) = await _client.GetPage(cite);
            Assert.Equal("2031-02-03", first.QuerySelector("time.accessed")?.GetAttribute("datetime"));
            Assert.Equal("2031-02-04", second.QuerySelector("time.accessed")?.GetAttribute("datetime"));
        }
        finally
        {
            site.Clock.Now = FixedClock.Instant;
        }
    }

    [Fact]
    public async Task CitationPagePreviewsTheQuotationWhenShared()
    {
        var (cite, quotation) = await ThirdParagraph();
        var (_, page) = await _client.GetPage(cite);
        Assert.StartsWith(quotation[..80], page.QuerySelector("meta[property='og:description']")?.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranscriptCitationNamesTheTitleWithoutAQuotation()
    {
        var (_, page) = await _client.GetPage(SeedUrl);
        var cite = page.QuerySelector("dl.meta a[href^='/cite/']")!.GetAttribute("href")!;

        var (status, citePage) = await _client.GetPage(cite);

        Assert.Equal(200, status);
        Assert.Null(citePage.QuerySelector("blockquote.quotation"));
        Assert.Contains("“Meeting with heads of security and intelligence services of CIS states,” July 10, 2014", citePage.QuerySelector("#chicago")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("President of Russia. (2014, July 10). Meeting with heads", citePage.QuerySelector("#apa")!.TextContent, StringComparison.Ordinal);
    }
}
