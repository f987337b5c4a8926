using Microsoft.Playwright;
using static Archive.Web.BrowserTests.BrowserSite;

namespace Archive.Web.BrowserTests;

/// <summary>
/// What Lighthouse weighs as the longest transcript loads on a phone (docs/accessibility.md): nothing moves once
/// painted, and the browser does not lay out the thousand paragraphs off the screen.
/// </summary>
public sealed class PageLoadTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    /// <summary>The layout shifts the browser has reported since the load began, summed as Lighthouse's CLS counts them.</summary>
    private const string ShiftsSoFar = """
        () => {
          const observer = new PerformanceObserver(() => {});
          observer.observe({ type: 'layout-shift', buffered: true });
          const shifts = observer.takeRecords();
          observer.disconnect();
          return shifts.reduce((sum, e) => sum + (e.hadRecentInput ? 0 : e.value), 0);
        }
        """;

    [Fact]
    public async Task NothingShiftsAsTheLongestTranscriptLoads()
    {
        var page = await site.NewPhonePage();
        await page.GotoAsync(LongestUrl, new() { WaitUntil = WaitUntilState.Load });
        // The script has run: it used to add this button, moving everything below it on a phone.
        await Assertions.Expect(page.Locator("dl.meta button.copy")).ToBeVisibleAsync();

        var shifted = await page.EvaluateAsync<double>(ShiftsSoFar);

        Assert.True(shifted == 0, $"layout shifted by {shifted:F3} as the page loaded");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ParagraphsFarBelowTheScreenAreNotLaidOut()
    {
        var page = await site.NewPhonePage();
        await page.GotoAsync(LongestUrl);

        // What is inside a paragraph the browser skips (content-visibility: auto) is not rendered until it nears the screen.
        var skipped = await page.EvaluateAsync<bool>("() => !document.querySelector('#p1000 a.pn').checkVisibility({ contentVisibilityAuto: true })");

        Assert.True(skipped, "paragraph 1000 was rendered on load");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheShortLinksCopyButtonIsShownOnlyWhereItWorks(bool javaScript)
    {
        var page = await site.NewPhonePage(javaScript);
        await page.GotoAsync(LongestUrl);

        Assert.Equal(javaScript, await page.Locator("dl.meta button.copy").IsVisibleAsync());
        await page.Context.CloseAsync();
    }
}
