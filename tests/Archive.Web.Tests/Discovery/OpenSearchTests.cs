using System.Xml.Linq;

namespace Archive.Web.Tests.Discovery;

public sealed class OpenSearchTests(BrowseSiteFactory site) : IClassFixture<BrowseSiteFactory>
{
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task DescriptionGivesTheSearchAsHtmlAtomAndJsonTemplates()
    {
        using var response = await _client.GetAsync(new Uri("/opensearch.xml", UriKind.Relative));
        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(OpenSearch + "OpenSearchDescription", xml.Root!.Name);
        Assert.False(string.IsNullOrWhiteSpace(xml.Root.Element(OpenSearch + "ShortName")?.Value));
        var templates = xml.Root.Elements(OpenSearch + "Url").ToDictionary(u => (string)u.Attribute("type")!, u => (string)u.Attribute("template")!);
        Assert.Equal("http://localhost/search?q={searchTerms}", templates["text/html"]);
        Assert.Equal("http://localhost/feeds/search?q={searchTerms}", templates["application/atom+xml"]);
        Assert.Equal("http://localhost/api/search?q={searchTerms}", templates["application/json"]);
        // Each template answers once its terms are filled in.
        foreach (var template in templates.Values.Where(t => t.Contains("{searchTerms}", StringComparison.Ordinal)))
        {
            using var answer = await _client.GetAsync(new Uri(template.Replace("{searchTerms}", "future", StringComparison.Ordinal)));
            Assert.True(answer.IsSuccessStatusCode, template);
        }
    }

    [Fact]
    public async Task FaviconIsARealIconAndTheSvgIconIsServed()
    {
        var ico = await _client.GetByteArrayAsync(new Uri("/favicon.ico", UriKind.Relative));
        // ICONDIR: reserved 0, type 1 (icon), and at least one image.
        Assert.Equal([0, 0, 1, 0], ico[..4]);
        Assert.True(BitConverter.ToUInt16(ico, 4) >= 1);

        var svg = XDocument.Parse(await _client.GetStringAsync(new Uri("/icon.svg", UriKind.Relative)));
        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Root!.Name);
    }
}
