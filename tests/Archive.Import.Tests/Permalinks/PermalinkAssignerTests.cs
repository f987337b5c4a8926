using Archive.Records;

namespace Archive.Import.Tests.Permalinks;

public sealed class PermalinkAssignerTests : IDisposable
{
    private readonly CorrectableContent _content = new();
    private static string[] Original => CorrectableContent.Original;

    public void Dispose() => _content.Dispose();

    private Transcript ImportOriginalThen(IEnumerable<string> corrected, string? outDir = null)
    {
        _content.Write(Original);
        Assert.True(_content.Import().Published);
        _content.Write(corrected);
        Assert.True(_content.Import(outDir).Published);
        return _content.Record(outDir);
    }

    private static int[] Numbers(Transcript t) => [.. t.Paragraphs.Select(p => p.N)];

    [Fact]
    public void FirstImportNumbersParagraphsByPositionAndGivesASixCharacterShortId()
    {
        _content.Write(Original);
        _content.Import();
        var t = _content.Record();

        Assert.Equal([1, 2, 3, 4, 5, 6], Numbers(t));
        Assert.Matches("^[0-9a-z]{6}$", t.ShortId);
        Assert.Null(t.RemovedParagraphs);
        Assert.Contains(t.ShortId!, File.ReadAllText(_content.LedgerPath), StringComparison.Ordinal);
    }

    [Fact]
    public void InsertedParagraphGetsANewNumberAndTheOthersKeepTheirs()
    {
        var t = ImportOriginalThen([.. Original[..2], "A new paragraph that the correction inserted here.", .. Original[2..]]);
        Assert.Equal([1, 2, 7, 3, 4, 5, 6], Numbers(t));
    }

    [Fact]
    public void RemovedParagraphsNumberIsRememberedAndNeverReused()
    {
        var t = ImportOriginalThen([.. Original[..2], .. Original[3..]]);
        Assert.Equal([1, 2, 4, 5, 6], Numbers(t));
        Assert.Equal([3], t.RemovedParagraphs);

        _content.Write([.. Original[..2], "Words inserted where the removed paragraph was.", .. Original[3..]]);
        _content.Import();
        Assert.Equal([1, 2, 7, 4, 5, 6], Numbers(_content.Record()));
    }

    [Fact]
    public void SplitParagraphKeepsItsNumberForTheFirstPart()
    {
        var t = ImportOriginalThen([.. Original[..3], "Our railways carried more freight than ever,", "yet the roads need repair before winter.", .. Original[4..]]);
        Assert.Equal([1, 2, 3, 4, 7, 5, 6], Numbers(t));
    }

    [Theory]
    [InlineData("I ask the ministers to report on the housing plan by the end of April.")]
    [InlineData("Colleagues, I ask the ministers to report on the housing programme by the end of March.")]
    [InlineData("Entirely different words replace the fifth paragraph.")]
    public void EditedParagraphKeepsItsNumber(string edited)
    {
        var t = ImportOriginalThen([.. Original[..4], edited, .. Original[5..]]);
        Assert.Equal([1, 2, 3, 4, 5, 6], Numbers(t));
        Assert.Equal(edited, t.Paragraphs[4].Text);
    }

    [Fact]
    public void MergedParagraphCarriesTheSecondNumberAsAnAlias()
    {
        var t = ImportOriginalThen([Original[0], Original[1] + " " + Original[2], .. Original[3..]]);
        Assert.Equal([1, 2, 4, 5, 6], Numbers(t));
        Assert.Equal([3], t.Paragraphs[1].Aliases);
        Assert.Null(t.RemovedParagraphs);
    }

    [Fact]
    public void AFreshOutputFolderGetsTheSameNumbersFromTheCommittedLedger()
    {
        var corrected = (IReadOnlyList<string>)[.. Original[..2], "Inserted.", .. Original[2..]];
        var elsewhere = _content.TempPath("fresh-clone-out");
        var t = ImportOriginalThen(corrected, elsewhere);
        Assert.Equal([1, 2, 7, 3, 4, 5, 6], Numbers(t));
        Assert.Equal(File.ReadAllText(_content.LedgerPath), File.ReadAllText(Path.Combine(elsewhere, "permalinks.tsv")));
    }

    [Fact]
    public void WithoutALedgerInTheContentThePreviousOutputsCopyKeepsTheNumbers()
    {
        File.Delete(_content.LedgerPath);
        var t = ImportOriginalThen([.. Original[..2], .. Original[3..]]);
        Assert.Equal([1, 2, 4, 5, 6], Numbers(t));
        Assert.False(File.Exists(_content.LedgerPath));
    }

    [Fact]
    public void CorrectedTitleKeepsTheShortIdAndRemembersTheOldUrl()
    {
        _content.Write(Original);
        _content.Import();
        var before = _content.Record();
        _content.Write(Original, title: "Meeting of the State Council");
        _content.Import();
        var after = _content.Record();

        Assert.Equal(before.ShortId, after.ShortId);
        Assert.NotEqual(before.Url, after.Url);
        Assert.Equal([before.Url], after.FormerUrls);
    }

    [Fact]
    public void UnchangedContentLeavesTheLedgerFileUntouched()
    {
        _content.Write(Original);
        _content.Import();
        var written = File.GetLastWriteTimeUtc(_content.LedgerPath);
        var text = File.ReadAllText(_content.LedgerPath);
        File.SetLastWriteTimeUtc(_content.LedgerPath, written.AddHours(-1));

        _content.Import();

        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(_content.LedgerPath));
        Assert.Equal(text, File.ReadAllText(_content.LedgerPath));
    }

    [Fact]
    public void UnreadableLedgerLineIsNamedAndNothingIsPublishedOrRewritten()
    {
        _content.Write(Original);
        _content.Import();
        var broken = File.ReadAllText(_content.LedgerPath) + "transcripts/other.txt\tnot-an-id\t/x\t\t\n";
        File.WriteAllText(_content.LedgerPath, broken);
        var lines = broken.Split('\n').Length - 1;

        var report = _content.Import();

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("permalinks.tsv", lines), (problem.File, problem.Line));
        Assert.False(report.Published);
        Assert.Equal(broken, File.ReadAllText(_content.LedgerPath));
    }

    [Fact]
    public void ShortIdDependsOnlyOnTheFilesPathInTheContentFolder()
    {
        _content.Write(Original);
        _content.Import();
        using var other = new CorrectableContent();
        other.Write([.. Original.Reverse()], title: "Another title");
        other.Import();

        Assert.Equal(_content.Record().ShortId, other.Record().ShortId);
    }
}
