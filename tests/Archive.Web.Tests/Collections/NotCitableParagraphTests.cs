using AngleSharp.Dom;
using static Archive.Web.Tests.Collections.CollectionsSiteFactory;

namespace Archive.Web.Tests.Collections;

/// <summary>
/// A section break (paragraph 2 of the librarians' meeting) and a cut (paragraph 4) are no one's
/// words: no cite link or short link of their own, and their numbers lead to the transcript, never
/// to a citation of "* * *".
/// </summary>
public sealed class NotCitableParagraphTests(CollectionsSiteFactory site) : IClassFixture<CollectionsSiteFactory>
{
    private readonly HttpClient _client = site.CreateNonRedirectingClient();

    private async Task<(IDocument Page, string ShortId)> Librarians(string query = "")
    {
        var (_, page) = await _client.GetPage(LocalPage + query);
        var shortLink = page.QuerySelector("dl.meta a.short-link")!.GetAttribute("href")!;
        return (page, shortLink["/d/".Length..]);
    }

    [Theory]
    [InlineData(2, "break")]
    [InlineData(4, "cut")]
    public async Task BreaksAndCutsHaveNoCiteOrShortLinkEvenWhereALinkNamesThemWhileSpeechDoes(int n, string kind)
    {
        // ?p=n is where a paragraph's short link lands, and where its tools are shown.
        var (page, _) = await Librarians($"?p={n}");

        Assert.Equal(kind, page.QuerySelector($"#p{n}")?.ClassName);
        Assert.Empty(page.QuerySelectorAll($"#p{n} a"));

        var (speech, _) = await Librarians("?p=3");
        Assert.NotNull(speech.QuerySelector("#p3 a.cite"));
        Assert.NotNull(speech.QuerySelector("#p3 a.short"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public async Task ACiteLinkToABreakOrCutLeadsToTheTranscriptAtThatPlace(int n)
    {
        var (_, shortId) = await Librarians();

        using var response = await _client.GetAsync(new Uri($"/cite/{shortId}/{n}", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{LocalPage}#p{n}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheSectionBreakOfARealKremlinPageIsNotCitedEither()
    {
        // Paragraph 3 of en.kremlin.ru news 58502 is the "* * *" between the report and the interview.
        var (_, page) = await _client.GetPage(KremlinPage);
        Assert.Equal("break", page.QuerySelector("#p3")?.ClassName);
        var shortId = page.QuerySelector("dl.meta a.short-link")!.GetAttribute("href")!["/d/".Length..];

        using var response = await _client.GetAsync(new Uri($"/cite/{shortId}/3", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{KremlinPage}#p3", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AShortLinkToABreakStillLeadsToTheTranscriptAndPreviewsTheTranscriptNotTheBreak()
    {
        var (_, shortId) = await Librarians();

        using var response = await _client.GetAsync(new Uri($"/d/{shortId}/2", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.MovedPermanently, response.StatusCode);
        var target = response.Headers.Location!.OriginalString;
        Assert.StartsWith(LocalPage, target, StringComparison.Ordinal);

        var (status, page) = await _client.GetPage(target);
        Assert.Equal(200, status);
        var title = page.QuerySelector("meta[property='og:title']")?.GetAttribute("content");
        Assert.Equal("Meeting with librarians", title);
        Assert.DoesNotContain("* * *", page.QuerySelector("meta[property='og:description']")?.GetAttribute("content") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpeechAroundABreakIsStillCited()
    {
        var (_, shortId) = await Librarians();

        var (status, cite) = await _client.GetPage($"/cite/{shortId}/3");

        Assert.Equal(200, status);
        Assert.Equal("Boris Ivanov: The new catalogue is finished.", cite.QuerySelector("blockquote.quotation")?.TextContent.Trim());
    }
}
