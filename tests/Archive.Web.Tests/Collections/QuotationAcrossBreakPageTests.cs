using System.Text.Json;
using static Archive.Web.Tests.Collections.CollectionsSiteFactory;

namespace Archive.Web.Tests.Collections;

/// <summary>
/// A quotation that runs from the end of one paragraph into the next, on the real kremlin page of the
/// fixture (¶5 ends "… as life constantly poses new challenges.", ¶6 starts "Moscow is developing rather
/// quickly …"): the results page links both paragraphs and the passage, the JSON twin names the second,
/// and the transcript page marks both.
/// </summary>
public sealed class QuotationAcrossBreakPageTests(CollectionsSiteFactory site) : IClassFixture<CollectionsSiteFactory>
{
    private const string Quotation = "\"life constantly poses new challenges. Moscow is developing rather quickly\"";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task TheResultsPageLinksBothParagraphsAndThePassage()
    {
        var (status, page) = await _client.GetPage("/search?q=" + Uri.EscapeDataString(Quotation));

        Assert.Equal(200, status);
        var passage = page.QuerySelector("ol.hits blockquote.passage");
        Assert.NotNull(passage);
        var links = passage.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([KremlinPage + "#p5", KremlinPage + "#p6", KremlinPage + "?q=" + Uri.EscapeDataString(Quotation) + "#p5"], links);
        var marked = passage.QuerySelectorAll("mark").Select(m => m.TextContent).ToList();
        Assert.Equal(["life", "constantly", "poses", "new", "challenges", "Moscow", "is", "developing", "rather", "quickly"], marked);
    }

    [Fact]
    public async Task TheJsonTwinNamesTheNextParagraph()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(Quotation), UriKind.Relative)));

        var hit = json.RootElement.GetProperty("groups")[0].GetProperty("hits")[0];
        Assert.Equal(5, hit.GetProperty("n").GetInt32());
        var through = hit.GetProperty("through");
        Assert.Equal(6, through.GetProperty("n").GetInt32());
        Assert.Equal(KremlinPage + "#p6", through.GetProperty("link").GetString());
        Assert.StartsWith("<mark>Moscow</mark> <mark>is</mark> <mark>developing</mark>", through.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AParagraphOnItsOwnHasNoNextParagraphInJson()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("\"constantly poses new challenges\""), UriKind.Relative)));

        var hit = json.RootElement.GetProperty("groups")[0].GetProperty("hits")[0];
        Assert.Equal(5, hit.GetProperty("n").GetInt32());
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("through").ValueKind);
    }

    [Fact]
    public async Task TheTranscriptPageMarksTheEndOfOneParagraphAndTheStartOfTheNext()
    {
        var (status, page) = await _client.GetPage(KremlinPage + "?q=" + Uri.EscapeDataString(Quotation));

        Assert.Equal(200, status);
        Assert.Equal(["life", "constantly", "poses", "new", "challenges"], page.GetElementById("p5")?.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal(["Moscow", "is", "developing", "rather", "quickly"], page.GetElementById("p6")?.QuerySelectorAll("mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task AQuotationAcrossASectionBreakIsNotBridged()
    {
        // The librarians' transcript: "… We open at nine." * * * "The new catalogue is finished."
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("\"We open at nine. The new catalogue\""), UriKind.Relative)));

        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
    }
}
