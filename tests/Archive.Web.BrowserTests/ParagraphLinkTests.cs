using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Archive.Web.BrowserTests.BrowserSite;

namespace Archive.Web.BrowserTests;

public sealed class ParagraphLinkTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    /// <summary>Which element the page's fragment targets, whether it is highlighted, and whether it is on screen, in words.</summary>
    private static async Task<string> Landing(IPage page) =>
        await page.EvaluateAsync<string>("""
            () => {
              const t = document.querySelector(':target');
              if (!t) return 'no target';
              const p = t.closest('p');
              const other = document.querySelector('.paragraphs p.para:not(:target)');
              const highlighted = getComputedStyle(p).backgroundColor !== getComputedStyle(other).backgroundColor;
              const r = p.getBoundingClientRect();
              return t.id + (highlighted ? ' highlighted' : ' plain') + (r.top >= 0 && r.top < window.innerHeight ? ' in view' : ' out of view');
            }
            """);

    private static async Task<string> ShortId(IPage page)
    {
        var href = await page.Locator("dl.meta a.short-link").GetAttributeAsync("href");
        return href!["/d/".Length..];
    }

    [Fact]
    public async Task SearchingAQuotationAndClickingTheHitLandsOnTheParagraphInViewAndHighlighted()
    {
        var page = await site.NewPage();
        await page.GotoAsync("/");
        await page.Locator("header input[name=q]").FillAsync($"\"{Quotation}\"");
        await page.Locator("header input[name=q]").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q="));

        // The hit links to the paragraph's anchor on the transcript page (the query may carry the search along).
        await page.Locator($"main a[href^='{LongUrl}'][href$='#p{QuotedParagraph}']").First.ClickAsync();
        // Polled rather than WaitForURLAsync, whose wait for the load event after a click missed it once in CI
        // (timed out with the page loaded and the network idle).
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(LongUrl)}[^#]*#p{QuotedParagraph}$"));
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");

        Assert.Equal("p40 highlighted in view", await Landing(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FollowingAShortParagraphLinkLandsOnTheParagraphInViewAndHighlighted()
    {
        var page = await site.NewPage();
        await page.GotoAsync(LongUrl);
        var id = await ShortId(page);
        Assert.Equal("no target", await Landing(page));

        await page.GotoAsync($"/d/{id}/{QuotedParagraph}");

        Assert.EndsWith($"{LongUrl}?p={QuotedParagraph}#p{QuotedParagraph}", page.Url, StringComparison.Ordinal);
        Assert.Equal("p40 highlighted in view", await Landing(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task KeyboardReachesAParagraphLinkAndItsCopyButtonCopiesTheShortLink()
    {
        var page = await site.NewPage();
        await page.GotoAsync(LongUrl);
        var id = await ShortId(page);

        // Tab from the top of the page until the second paragraph's own link has the focus.
        var reached = false;
        for (var i = 0; i < 60 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement.matches('#p2 a.pn')");
        }
        Assert.True(reached, "Tab never reached paragraph 2's link");

        // Enter on the number stays on the page: the address names the paragraph, and its tools come to it.
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith($"{LongUrl}#p2", page.Url, StringComparison.Ordinal);

        // On past the short link and the cite link to the copy button.
        for (var i = 0; i < 5 && !await page.EvaluateAsync<bool>("() => document.activeElement.matches('#p2 button.copy')"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        // Its name is its visible text, in the group named for the paragraph.
        Assert.Equal("Copy link", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.Equal("Paragraph 2", await page.EvaluateAsync<string>("() => document.activeElement.closest('[role=group]').getAttribute('aria-label')"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#p2 button.copy")).ToHaveTextAsync("Copied");

        Assert.Equal($"{site.BaseUrl}/d/{id}/2", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OldFragmentOfARemovedParagraphShowsItsNoticeWithoutAnyScript()
    {
        var context = await site.Browser.NewContextAsync(new() { BaseURL = site.BaseUrl, ViewportSize = new() { Width = 800, Height = 600 }, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"{LongUrl}#p{RemovedParagraph}");
        var notice = page.Locator($"#p{RemovedParagraph}");
        Assert.True(await notice.IsVisibleAsync());
        Assert.Contains("was removed when this transcript was corrected", await notice.TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>($"() => {{ const r = document.getElementById('p{RemovedParagraph}').getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }}"));

        // Without the old link's fragment, the notice stays out of the reader's way.
        await page.GotoAsync(LongUrl);
        Assert.False(await page.Locator($"#p{RemovedParagraph}").IsVisibleAsync());
        await context.CloseAsync();
    }
}
