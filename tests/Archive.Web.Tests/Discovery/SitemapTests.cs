using System.Xml.Linq;
using static Archive.Web.Tests.BrowseSiteFactory;

namespace Archive.Web.Tests.Discovery;

public sealed class SitemapTests(BrowseSiteFactory site) : IClassFixture<BrowseSiteFactory>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly HttpClient _client = site.CreateClient();

    private async Task<XDocument> GetXml(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<List<(string Loc, string LastMod)>> Entries(string url, string item)
    {
        var xml = await GetXml(url);
        return [.. xml.Root!.Elements(Sitemaps + item).Select(e => (e.Element(Sitemaps + "loc")!.Value, e.Element(Sitemaps + "lastmod")!.Value))];
    }

    private async Task<List<string>> AllPaths()
    {
        var paths = new List<string>();
        foreach (var (file, _) in await Entries("/sitemap.xml", "sitemap"))
        {
            paths.AddRange((await Entries(new Uri(file).PathAndQuery, "url")).Select(e => new Uri(e.Loc).PathAndQuery));
        }
        return paths;
    }

    [Fact]
    public async Task IndexListsAbsoluteFilesDatedByTheImport()
    {
        var manifest = Archive.Records.RecordJson.ReadManifest(File.OpenRead(Path.Combine(site.DataDir, "manifest.json")));
        var files = await Entries("/sitemap.xml", "sitemap");

        Assert.Equal(
            ["http://localhost/sitemaps/pages-1.xml", "http://localhost/sitemaps/dates-1.xml", "http://localhost/sitemaps/venues-1.xml",
             "http://localhost/sitemaps/speakers-1.xml", "http://localhost/sitemaps/transcripts-1.xml"],
            files.Select(f => f.Loc));
        var seconds = manifest.BuiltAt.AddTicks(-(manifest.BuiltAt.Ticks % TimeSpan.TicksPerSecond));
        Assert.All(files, f => Assert.Equal(seconds, DateTimeOffset.Parse(f.LastMod, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task FilesListEveryTranscriptDateVenueAndSpeakerPage()
    {
        var paths = await AllPaths();

        Assert.Equal(paths.Count, paths.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal([Students, Address, Press, Economy, Seed], paths.Where(p => p.Count(c => c == '/') == 4));
        Assert.Equal(["/2015", "/2015/03", "/2015/03/03", "/2014", "/2014/07", "/2014/07/10", "/2014/07/25", "/2014/09", "/2014/09/01"],
            paths.Where(p => p.Length > 1 && char.IsAsciiDigit(p[1]) && p.Count(c => c == '/') < 4));
        Assert.Contains("/venues/the-kremlin-moscow", paths);
        Assert.Contains("/speakers/vladimir-putin", paths);
        Assert.Contains("/about", paths);
    }

    [Fact]
    public async Task EveryPageInTheSitemapAnswers()
    {
        foreach (var path in await AllPaths())
        {
            using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task UnknownSitemapFileIsNotFound()
    {
        using var response = await _client.GetAsync(new Uri("/sitemaps/transcripts-2.xml", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RobotsPointToTheSitemapAndKeepCrawlersOutOfRepeats()
    {
        var robots = await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        var lines = robots.Split('\n');

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
        Assert.Contains("Disallow: /search/export", lines);
        Assert.Contains("Disallow: /feeds/search", lines);
        Assert.Contains("Disallow: /api/", lines);
        Assert.Contains("User-agent: *", lines);
        // Nothing the sitemap lists is disallowed.
        var disallowed = lines.Where(l => l.StartsWith("Disallow: ", StringComparison.Ordinal)).Select(l => l["Disallow: ".Length..]).ToList();
        Assert.DoesNotContain(await AllPaths(), p => disallowed.Any(d => p.StartsWith(d, StringComparison.Ordinal)));
    }
}
