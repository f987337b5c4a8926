using Archive.Import;
using Archive.Records;
using Archive.Tests;

namespace Archive.Web.Tests.Transcripts;

/// <summary>A section break that carries words (a Miller Center debate's topic headings) shows them; a bare break stays a separator.</summary>
public sealed class SectionHeadingTests
{
    [Fact]
    public async Task ADebatesTopicHeadingsAreShownAsHeadingsWithTheirWords()
    {
        const string File = "1984-10-21-debate-walter-mondale-defense-and-foreign.txt";
        using var temp = new TempDir();
        temp.Write("content/" + File, System.IO.File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "miller-center-txt", "data", File)));
        var dataDir = temp.Combine("site");
        Assert.Empty(new ContentImporter(new ImportOptions(temp.Combine("content"), dataDir), TextWriter.Null).Run().Problems);
        var record = Assert.Single(RecordsFile.ReadAll(dataDir));
        var headings = record.Paragraphs.Where(p => p.Kind == ParagraphKind.SectionBreak && p.Text.Any(char.IsLetterOrDigit)).ToList();
        Assert.NotEmpty(headings);
        using var site = new DataSiteFactory(dataDir);

        var (status, page) = await site.CreateClient().GetPage(record.Url);

        Assert.Equal(200, status);
        Assert.Equal(headings.Select(h => (h.Anchor, h.Text)),
            page.QuerySelectorAll(".paragraphs h2.break").Select(h => (h.Id!, h.TextContent)));
        Assert.Empty(page.QuerySelectorAll(".paragraphs p.break"));
    }
}
