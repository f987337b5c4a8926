using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Archive.Web.BrowserTests.BrowserSite;

namespace Archive.Web.BrowserTests;

/// <summary>axe-core 4.14 over every page type, light and dark, and the longest transcript's weight on a phone (docs/accessibility.md).</summary>
public sealed class AccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    /// <summary>
    /// One page of each type a reader meets, light; in dark colours those with colours of their own. <c>cite</c> is
    /// the longest transcript's seventh paragraph. The longest transcript itself has a test of its own: axe takes
    /// most of a minute over its thousand paragraphs, so it is run there once, with the paragraph tools open.
    /// </summary>
    public static TheoryData<string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var url in new[]
        {
            "/", "/years", "/2019", "/2019/06", "/2019/06/20", LongUrl, LongUrl + "?q=lamp", "/search", "/search?q=inflation",
            "/search?q=%22the+keeper+wrote%22", "/search?q=zzzqqq", "/search?q=%28", "cite", "/venues", "/venues/moscow",
            "/speakers", "/speakers/vladimir-putin", "/no/such/page",
        })
        {
            data.Add(url, ColorScheme.Light);
        }
        foreach (var url in new[] { "/", LongUrl + "?q=lamp", "/search?q=inflation", "/search?q=zzzqqq", "/search?q=%28", "cite" })
        {
            data.Add(url, ColorScheme.Dark);
        }
        return data;
    }

    /// <summary>axe's rules on by default, and the one the issue found that axe still calls experimental.</summary>
    private static readonly AxeRunOptions Rules = new()
    {
        Rules = new Dictionary<string, RuleOptions> { ["label-content-name-mismatch"] = new() { Enabled = true } },
    };

    private static string Describe(AxeResult result) => string.Join('\n', result.Violations.Select(v =>
        $"{v.Id} ({v.Impact}, {v.Nodes.Length} nodes): {v.Help}; first: {v.Nodes[0].Html}"));

    private async Task<string> Resolve(IPage page, string url)
    {
        if (url != "cite")
        {
            return url;
        }
        await page.GotoAsync(LongestUrl);
        return (await page.Locator("dl.meta a.short-link").GetAttributeAsync("href"))!.Replace("/d/", "/cite/", StringComparison.Ordinal) + "/7";
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PageHasNoAxeViolations(string url, ColorScheme scheme)
    {
        var page = await site.NewPage();
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        var response = await page.GotoAsync(await Resolve(page, url));
        Assert.True(response!.Status is 200 or 404, $"{url} answered {response.Status}");

        var result = await page.RunAxe(Rules);

        Assert.True(result.Violations.Length == 0, Describe(result));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LongestTranscriptWithAParagraphsToolsOpenHasNoAxeViolations()
    {
        var page = await site.NewPage();
        await page.GotoAsync(LongestUrl);
        await page.Locator("#p7 a.pn").ClickAsync();
        await Assertions.Expect(page.Locator("#p7 #para-tools button.copy")).ToBeVisibleAsync();

        var result = await page.RunAxe(Rules);

        Assert.True(result.Violations.Length == 0, Describe(result));
        await page.Context.CloseAsync();
    }

    /// <summary>Elements in the document, paragraphs, tab stops in the paragraphs and in the whole page.</summary>
    private const string Weigh = """
        () => {
          const stops = root => [...root.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
            .filter(e => e.tabIndex >= 0 && !e.disabled && e.checkVisibility({ visibilityProperty: true }));
          const paragraphs = document.querySelector('.paragraphs');
          return [document.getElementsByTagName('*').length, paragraphs.querySelectorAll('p.para').length,
                  stops(paragraphs).length, stops(document).length];
        }
        """;

    [Fact]
    public async Task LongestTranscriptHasAtMostTwoAndAHalfElementsAndOneTabStopPerParagraph()
    {
        var page = await site.NewPhonePage();
        await page.GotoAsync(LongestUrl);

        var counts = await page.EvaluateAsync<int[]>(Weigh);
        var (elements, paragraphs, paragraphStops, pageStops) = (counts[0], counts[1], counts[2], counts[3]);

        Assert.Equal(LongestParagraphs, paragraphs);
        Assert.True(elements <= 2.5 * paragraphs, $"{elements} elements for {paragraphs} paragraphs");
        Assert.Equal(paragraphs, paragraphStops);
        // The page's own links and fields besides: the header, the transcript's details (speakers, source,
        // original, licence), its search box, the footer: a few dozen, whatever the transcript's length.
        Assert.True(pageStops <= paragraphs + 40, $"{pageStops} tab stops for {paragraphs} paragraphs");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task LongestTranscriptsFirstParagraphIsOnAPhonesFirstScreen(bool javaScript)
    {
        var page = await site.NewPhonePage(javaScript);
        await page.GotoAsync(LongestUrl);

        // The whole first line of the first paragraph, not just its top edge.
        var bottom = await page.EvaluateAsync<double>("() => { const r = document.querySelector('#p1').getClientRects()[0]; return r.top + 1.6 * parseFloat(getComputedStyle(document.querySelector('#p1')).fontSize); }");
        Assert.True(bottom <= 844, $"the first paragraph's first line ends {bottom:F0} pixels down a screen of 844");
        await page.Context.CloseAsync();
    }
}
