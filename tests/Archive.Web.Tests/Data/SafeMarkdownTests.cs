using System.Net;
using Archive.Tests;
using Archive.Web.Data;
using Archive.Web.Tests.Hosting;

namespace Archive.Web.Tests.Data;

/// <summary>A Markdown page cannot put a script into the site: raw HTML is shown as text, and only http(s), mailto and relative links stay links.</summary>
public sealed class SafeMarkdownTests
{
    private const string Payload = """
        # About

        <script>alert("raw block")</script>

        Inline <img src=x onerror="alert('inline')"> HTML, a [scripted link](javascript:alert('link')),
        a [mixed-case one](JaVaScRiPt:alert('case')), one [with a tab](java&#x09;script:alert('tab')),
        an autolink <javascript:alert('autolink')>, a [referenced one][bad], a [data link](data:text/html;base64,PHNjcmlwdD4=)
        and an image ![pixel](javascript:alert('image')).

        Kept: [the source](https://en.kremlin.ru), [plain http](http://example.org/a:b), [mail](mailto:archive@example.org),
        [help](/help/search), [a paragraph](#p3), [relative](help/search?q=a:b) and <https://example.org/auto>.

        [bad]: javascript:alert('reference')
        """;

    [Fact]
    public void RawHtmlIsShownAsTextAndOnlySafeLinksStayLinks()
    {
        using var temp = new TempDir();
        temp.Write("about.md", Payload);
        var pages = new MarkdownPages(temp.Path);

        var html = pages.Find("about")!.Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=\"x\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(?i)(href|src)=\"[^\"]*(script|data):", WebUtility.HtmlDecode(html));
        Assert.DoesNotContain("href=\"#\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        foreach (var text in new[] { "scripted link", "mixed-case one", "with a tab", "referenced one", "data link", "autolink javascript:alert('autolink')" })
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }
        foreach (var href in new[] { "https://en.kremlin.ru", "http://example.org/a:b", "mailto:archive@example.org", "/help/search", "#p3", "help/search?q=a:b", "https://example.org/auto" })
        {
            Assert.Contains($"href=\"{href}\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("mailto:a@example.org", true)]
    [InlineData("/about", true)]
    [InlineData("about#x", true)]
    [InlineData("?q=a:b", true)]
    [InlineData("", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("vbscript:msgbox", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("file:///etc/passwd", false)]
    public void OnlyHttpMailtoAndRelativeLinksAreAllowed(string url, bool allowed) =>
        Assert.Equal(allowed, SafeLinks.IsAllowed(url));

    [Fact]
    public async Task TheAboutPageOfTheSiteCarriesNeitherPayload()
    {
        using var temp = new TempDir();
        temp.Write("content/transcripts/seed.txt", File.ReadAllBytes(RepoPaths.Seed));
        temp.Write("content/pages/about.md", Payload);
        using var site = new SettingsSiteFactory(new Dictionary<string, string>(), content: temp.Combine("content"));
        using var client = site.CreateClient();

        var (status, page) = await client.GetPage("/about");
        var article = page.QuerySelector("article")!;

        Assert.Equal(200, status);
        Assert.Empty(article.QuerySelectorAll("script, img, iframe, object"));
        Assert.DoesNotContain(article.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(article.QuerySelectorAll("a[href]"), a => !SafeLinks.IsAllowed(a.GetAttribute("href")));
        Assert.Contains("<script>alert(\"raw block\")</script>", article.TextContent, StringComparison.Ordinal);
        Assert.Contains("scripted link", article.TextContent, StringComparison.Ordinal);
    }
}
