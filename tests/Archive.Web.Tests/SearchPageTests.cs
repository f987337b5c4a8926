using System.Net;
using System.Text.Json;

namespace Archive.Web.Tests;

public sealed class SearchPageTests(ArchiveSiteFactory site) : IClassFixture<ArchiveSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task QuotationSearchLinksToTheThirdParagraphFirst()
    {
        var (status, page) = await _client.GetPage("/search?q=" + Uri.EscapeDataString("\"combine your efforts\""));

        Assert.Equal(200, status);
        var first = page.QuerySelector("ol.hits li blockquote a");
        Assert.EndsWith("#p3", first?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(["combine", "your", "efforts"], page.QuerySelectorAll("ol.hits li:first-child mark").Select(m => m.TextContent));
        var date = page.QuerySelector("ol.hits .hit-meta time");
        Assert.Equal(("2014-07-10", "July 10, 2014"), (date?.GetAttribute("datetime"), date?.TextContent));
    }

    [Theory]
    [InlineData("\"combine your efforts\"", "span.query", "\"combine your efforts\"")]
    [InlineData("combine efforts", "q", "combine efforts")]
    public async Task TheQueryIsEchoedWithoutDoubledQuotationMarks(string q, string element, string shown)
    {
        var (_, page) = await _client.GetPage("/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(shown, page.QuerySelector($"p.total {element}")?.TextContent);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("AND")]
    [InlineData("((")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("title:x AND (y OR")]
    public async Task HostileQueriesAnswerANormalPage(string q)
    {
        var (status, page) = await _client.GetPage("/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(200, status);
        Assert.Null(page.QuerySelector("main script"));
        Assert.NotNull(page.QuerySelector("p.total"));
    }

    [Fact]
    public async Task AQueryOverTheLimitAnswersABadRequestPageWithTheReason()
    {
        // Over 2,000 characters the address itself is refused (414, ErrorResponsesTests).
        var (status, page) = await _client.GetPage("/search?q=" + new string('x', 1_500));
        Assert.Equal(400, status);
        Assert.Contains("limit is 512", page.QuerySelector(".problem")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiSearchIsTheJsonTwin()
    {
        using var response = await _client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("\"combine your efforts\""), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        var group = json.RootElement.GetProperty("groups")[0];
        Assert.Equal("2014-07-10", group.GetProperty("date").GetString());
        var hit = group.GetProperty("hits")[0];
        Assert.Equal("p3", hit.GetProperty("anchor").GetString());
        Assert.Equal(3, hit.GetProperty("n").GetInt32());
        Assert.EndsWith("#p3", hit.GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>combine</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiRecordAndListAreServedAndUnknownIdIsA404()
    {
        using var list = await _client.GetAsync(new Uri("/api/transcripts", UriKind.Relative));
        using var listJson = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
        var id = listJson.RootElement[0].GetProperty("id").GetString();
        Assert.Equal("2014-07-10-meeting-with-heads-of-security-and-intelligence-services-of-cis-states", id);

        using var record = await _client.GetAsync(new Uri("/api/transcripts/" + id, UriKind.Relative));
        using var recordJson = JsonDocument.Parse(await record.Content.ReadAsStringAsync());
        Assert.Equal(6, recordJson.RootElement.GetProperty("paragraphs").GetArrayLength());

        using var missing = await _client.GetAsync(new Uri("/api/transcripts/nope", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
