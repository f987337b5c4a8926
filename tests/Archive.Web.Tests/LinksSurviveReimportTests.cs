using System.Net;
using AngleSharp.Dom;
using Archive.Import.Tests.Permalinks;

namespace Archive.Web.Tests;

/// <summary>
/// Imports a transcript, takes every link a reader could have saved (<c>/d/{id}/{n}</c> and
/// <c>{url}#p{n}</c>), corrects the transcript, imports it again and follows every old link.
/// </summary>
public sealed class LinksSurviveReimportTests : IDisposable
{
    private static readonly string[] Original = CorrectableContent.Original;
    private readonly CorrectableContent _content = new();

    public void Dispose() => _content.Dispose();

    public static TheoryData<string> Corrections => ["inserted", "removed", "split", "edited", "merged"];

    private static string[] Corrected(string kind) => kind switch
    {
        "inserted" => [.. Original[..2], "A paragraph the first transcription missed.", .. Original[2..]],
        "removed" => [.. Original[..2], .. Original[3..]],
        "split" => [.. Original[..3], "Our railways carried more freight than ever,", "yet the roads need repair before winter.", .. Original[4..]],
        "edited" => [.. Original[..4], "I ask the ministers to report on the housing plan by the end of April.", .. Original[5..]],
        "merged" => [Original[0], Original[1] + " " + Original[2], .. Original[3..]],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>What an old link to paragraph <paramref name="n"/> must land on: the same words, their corrected version, or null for "removed".</summary>
    private static string? Expected(string kind, int n) => (kind, n) switch
    {
        ("removed", 3) => null,
        ("split", 4) => "Our railways carried more freight than ever,",
        ("edited", 5) => "I ask the ministers to report on the housing plan by the end of April.",
        ("merged", 2 or 3) => Original[1] + " " + Original[2],
        _ => Original[n - 1],
    };

    /// <summary>The words of the paragraph that holds the element an anchor names, without its number and link tools.</summary>
    private static string Words(IElement target)
    {
        var p = target.Closest("p")!;
        return string.Concat(p.ChildNodes.OfType<IText>().Select(t => t.Text)).Trim();
    }

    [Theory]
    [MemberData(nameof(Corrections))]
    public async Task EveryOldLinkLandsOnTheSameWordsOrTheirCorrection(string kind)
    {
        _content.Write(Original);
        Assert.True(_content.Import().Published);
        var before = _content.Record();
        Assert.Equal(Original, before.Paragraphs.Select(p => p.Text));

        _content.Write(Corrected(kind));
        Assert.True(_content.Import().Published);

        using var site = new DataSiteFactory(_content.OutDir);
        using var client = site.CreateNonRedirectingClient();
        var (status, page) = await client.GetPage(before.Url);
        Assert.Equal(200, status);
        foreach (var old in before.Paragraphs)
        {
            // {url}#p{n}: the fragment never reaches the server, so the page itself must carry the anchor.
            var target = page.GetElementById(old.Anchor);
            Assert.NotNull(target);
            if (Expected(kind, old.N) is { } words)
            {
                Assert.Equal(words, Words(target));
            }
            else
            {
                Assert.Contains("removed", target.ClassList);
                Assert.Contains($"Paragraph {old.N} was removed", target.TextContent, StringComparison.Ordinal);
            }

            // /d/{id}/{n}: redirects to the same anchor on the same page, never a 404.
            using var response = await client.GetAsync(new Uri($"/d/{before.ShortId}/{old.N}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal($"{before.Url}?p={old.N}#{old.Anchor}", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task RemovedParagraphsLinkShowsItsNoticeOnTheTranscript()
    {
        _content.Write(Original);
        _content.Import();
        var before = _content.Record();
        _content.Write(Corrected("removed"));
        _content.Import();

        using var site = new DataSiteFactory(_content.OutDir);
        using var client = site.CreateClient();
        var (status, page) = await client.GetPage($"/d/{before.ShortId}/3");

        Assert.Equal(200, status);
        Assert.Equal("Meeting of the council", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("shown", page.GetElementById("p3")!.ClassList);
        Assert.Equal(5, page.QuerySelectorAll(".paragraphs p.para").Length);
    }

    [Fact]
    public async Task CorrectedTitleKeepsTheShortLinkAndTheOldAddressRedirects()
    {
        _content.Write(Original);
        _content.Import();
        var before = _content.Record();
        _content.Write(Original, title: "Meeting of the State Council");
        _content.Import();
        var after = _content.Record();

        using var site = new DataSiteFactory(_content.OutDir);
        using var client = site.CreateNonRedirectingClient();
        using var old = await client.GetAsync(new Uri(before.Url + "?p=2", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal(after.Url + "?p=2", old.Headers.Location?.OriginalString);

        using var shortLink = await client.GetAsync(new Uri($"/d/{before.ShortId}", UriKind.Relative));
        Assert.Equal(after.Url, shortLink.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task MergedParagraphIsHighlightedWhenItsOldNumberIsTargeted()
    {
        _content.Write(Original);
        _content.Import();
        _content.Write(Corrected("merged"));
        _content.Import();

        using var site = new DataSiteFactory(_content.OutDir);
        using var client = site.CreateClient();
        var (_, page) = await client.GetPage(_content.Record().Url);

        var alias = page.GetElementById("p3");
        Assert.Equal("alias", alias?.ClassName);
        Assert.Equal("p2", alias?.ParentElement?.Id);
    }
}
