using Microsoft.Playwright;
using static Archive.Web.BrowserTests.BrowserSite;

namespace Archive.Web.BrowserTests;

public sealed class PrintTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static async Task<bool> Shown(IPage page, string selector) =>
        await page.EvaluateAsync<bool>($"() => document.querySelector(\"{selector}\").checkVisibility()");

    [Fact]
    public async Task PrintedTranscriptHasItsDetailsNumbersAndPermalinksWithoutTheSiteNavigation()
    {
        var page = await site.NewPage();
        await page.GotoAsync(LongestUrl + "?p=7#p7");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var hidden in new[] { "header.site", "nav.crumbs", "form.in-transcript", "#para-tools", "dl.meta button.copy", "nav.prevnext" })
        {
            Assert.False(await Shown(page, hidden), hidden + " is printed");
        }
        foreach (var shown in new[] { "h1", "dl.meta time", "#p1", "#p1038 a.pn", "dl.meta dd.speakers a[href='/speakers/vladimir-putin']", "footer.site" })
        {
            Assert.True(await Shown(page, shown), shown + " is not printed");
        }
        var details = await page.Locator("dl.meta").InnerTextAsync();
        Assert.Contains("June 20, 2019", details, StringComparison.Ordinal);
        Assert.Contains("Moscow", details, StringComparison.Ordinal);
        Assert.Contains("President of Russia", details, StringComparison.Ordinal);

        // Each number is printed with its paragraph's whole permanent address after it.
        var shortLink = await page.Locator("#p1038 a.pn").GetAttributeAsync("href");
        Assert.Matches("^/d/[0-9a-z]{6}/1038$", shortLink);
        Assert.Equal($"\"{site.BaseUrl}{shortLink}\"",
            await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#p1038 a.pn'), '::after').content"));
        await page.Context.CloseAsync();
    }
}
