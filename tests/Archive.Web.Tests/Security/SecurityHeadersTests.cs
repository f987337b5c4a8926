using AngleSharp.Html.Parser;
using Archive.Web.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Web.Tests.Security;

public sealed class SecurityHeadersTests(ArchiveSiteFactory site) : IClassFixture<ArchiveSiteFactory>
{
    private const string SeedUrl = "/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states";
    private readonly HttpClient _client = site.CreateNonRedirectingClient();

    /// <summary>One address of every kind the site answers: each page type, a redirect, the error pages, the API, the static files.</summary>
    private async Task<List<string>> EveryKindOfAddress()
    {
        var (_, seed) = await _client.GetPage(SeedUrl);
        var shortLink = seed.QuerySelector("dl.meta a.short-link")!.GetAttribute("href")!;
        var id = shortLink["/d/".Length..];
        var (_, home) = await _client.GetPage("/");
        var assets = home.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
        return
        [
            "/", "/years", "/2014", "/2014/07", "/2014/07/10", SeedUrl, SeedUrl + "?p=3", SeedUrl + "?q=security",
            "/venues", "/venues/novo-ogaryovo-moscow-region", "/speakers", "/speakers/vladimir-putin",
            "/search", "/search?q=security", "/search?q=%22", $"/cite/{id}", $"/cite/{id}/3", shortLink, $"{shortLink}/3",
            "/about", "/help/search", "/no/such/page",
            "/api/transcripts", $"/api/transcripts/{seed.QuerySelector("footer.provenance a")!.GetAttribute("href")!.Split('/')[^1]}",
            "/api/search?q=security", "/api/years", "/api/venues", "/api/no/such/endpoint",
            .. assets,
        ];
    }

    [Fact]
    public async Task EveryAnswerCarriesTheSecurityHeaders()
    {
        foreach (var url in await EveryKindOfAddress())
        {
            using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
            string Header(string name) =>
                response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                    ? string.Join(", ", values)
                    : $"(no {name} on {url}, {(int)response.StatusCode})";

            Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", Header("Content-Security-Policy"), StringComparison.Ordinal);
            Assert.Equal("nosniff", Header("X-Content-Type-Options"));
            Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
            Assert.Equal(SecurityHeaders.PermissionsPolicy, Header("Permissions-Policy"));
            // Plain HTTP: a Strict-Transport-Security header here would be ignored by browsers, and is not sent.
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), url);
        }
    }

    [Fact]
    public async Task NoPageHoldsInlineScriptOrStyleThatThePolicyWouldBlock()
    {
        var parser = new HtmlParser();
        var pages = 0;
        foreach (var url in await EveryKindOfAddress())
        {
            using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            pages++;
            var page = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Empty(page.QuerySelectorAll("style").Select(e => url + ": " + e.OuterHtml));
            Assert.Empty(page.QuerySelectorAll("[style]").Select(e => url + ": " + e.OuterHtml));
            // Scripts only from files; a JSON-LD block is data, which the browser never runs.
            Assert.Empty(page.QuerySelectorAll("script:not([src])").Where(e => e.GetAttribute("type") != "application/ld+json").Select(e => url + ": " + e.OuterHtml));
            Assert.Empty(page.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))).Select(e => url + ": " + e.OuterHtml));
            Assert.Empty(page.QuerySelectorAll("[href^='javascript:' i]").Select(e => url + ": " + e.OuterHtml));
        }
        Assert.True(pages >= 18, $"only {pages} pages were read");
    }

    [Fact]
    public async Task OverHttpsAnswersCarryStrictTransportSecurity()
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://archive.example") });
        foreach (var url in new[] { "/", SeedUrl, "/api/years", "/no/such/page" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal("max-age=31536000", string.Join(", ", response.Headers.GetValues("Strict-Transport-Security")));
        }
    }
}
