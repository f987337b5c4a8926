using static Archive.Web.Tests.Collections.CollectionsSiteFactory;

namespace Archive.Web.Tests.Collections;

/// <summary>The citation page of a real en.kremlin.ru page and a real Miller Center speech: the speaker, the collection's publisher, the original and the permalink.</summary>
public sealed class CollectionCitePageTests(CollectionsSiteFactory site) : IClassFixture<CollectionsSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    /// <summary>The cite link of paragraph <paramref name="n"/>, in the tools its short link shows (<c>?p=n</c>).</summary>
    private async Task<string> CiteLinkOf(string transcript, int n)
    {
        var (_, page) = await _client.GetPage($"{transcript}?p={n}");
        return page.QuerySelector($"#p{n} a.cite")!.GetAttribute("href")!;
    }

    [Fact]
    public async Task AKremlinParagraphIsCitedAsItsSpeakersWordsPublishedByThePresidentOfRussiaAtItsOriginalAddress()
    {
        // Paragraph 5 of en.kremlin.ru news 58502 is Vladimir Putin's first answer.
        var cite = await CiteLinkOf(KremlinPage, 5);
        var permalink = "http://localhost" + cite.Replace("/cite/", "/d/", StringComparison.Ordinal);

        var (status, page) = await _client.GetPage(cite);

        Assert.Equal(200, status);
        var chicago = page.QuerySelector("#chicago")!.TextContent;
        Assert.Contains("” Vladimir Putin, “Vladimir Putin cast his vote at mayoral elections,” President of Russia, September 9, 2018, para.", chicago, StringComparison.Ordinal);
        Assert.Contains($"{KremlinOriginal} (archived copy accessed February 3, 2031, {permalink}).", chicago, StringComparison.Ordinal);
        Assert.Contains("Putin, V. (2018, September 9).", page.QuerySelector("#apa")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(KremlinOriginal, page.QuerySelector("#bibtex")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(KremlinOriginal, page.QuerySelector("dl.meta a.source-url")?.GetAttribute("href"));
        Assert.Contains("CC BY 4.0", page.QuerySelector("p.licence")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMillerCenterSpeechIsPublishedByTheMillerCenterNeverByThePresident()
    {
        var (_, transcript) = await _client.GetPage(MillerPage);
        var cite = transcript.QuerySelector("dl.meta a[href^='/cite/']")!.GetAttribute("href")!;

        var (status, page) = await _client.GetPage(cite);

        Assert.Equal(200, status);
        var bibtex = page.QuerySelector("#bibtex")!.TextContent;
        Assert.Contains("howpublished = {Miller Center, University of Virginia}", bibtex, StringComparison.Ordinal);
        Assert.Contains("author       = {George Washington}", bibtex, StringComparison.Ordinal);
        Assert.StartsWith("Washington, G. (1793, March 4). Second Inaugural Address [Transcript]. Miller Center, University of Virginia. " + MillerOriginal,
            page.QuerySelector("#apa")!.TextContent, StringComparison.Ordinal);
    }
}
