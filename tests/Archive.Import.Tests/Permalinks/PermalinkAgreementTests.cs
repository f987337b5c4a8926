using Archive.Records;

namespace Archive.Import.Tests.Permalinks;

/// <summary>Permalinks are never renumbered silently: a ledger at odds with the output's stops the import, a missing one is said.</summary>
public sealed class PermalinkAgreementTests : IDisposable
{
    private readonly CorrectableContent _content = new();
    private static string[] Original => CorrectableContent.Original;
    private static string[] Inserted => [.. Original[..2], "A paragraph inserted by a correction.", .. Original[2..]];

    public void Dispose() => _content.Dispose();

    [Fact]
    public void AContentLedgerBehindTheOutputsStopsTheImportAndChangesNothing()
    {
        _content.Write(Original);
        Assert.True(_content.Import().Published);
        var old = File.ReadAllText(_content.LedgerPath);
        _content.Write(Inserted);
        Assert.True(_content.Import().Published);
        var output = Snapshot();
        // An old ledger checked out again: it does not know paragraph 7, which the output gave out.
        File.WriteAllText(_content.LedgerPath, old);

        var report = _content.Import();

        Assert.False(report.Published);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(_content.LedgerPath, problem.File);
        Assert.Contains("disagrees with", problem.Message, StringComparison.Ordinal);
        Assert.Contains("transcripts/talk.txt's paragraph number(s) 7 are not in the content folder's ledger", problem.Message, StringComparison.Ordinal);
        Assert.Contains("would renumber links", problem.Message, StringComparison.Ordinal);
        Assert.Equal(output, Snapshot());
        Assert.Equal(old, File.ReadAllText(_content.LedgerPath));
    }

    [Fact]
    public void ALedgerFromAnotherContentFolderStopsTheImport()
    {
        _content.Write(Original);
        Assert.True(_content.Import().Published);
        File.WriteAllText(_content.LedgerPath, "");

        var report = _content.Import();

        Assert.False(report.Published);
        Assert.Contains("transcripts/talk.txt (short id ", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AContentLedgerAheadOfTheOutputsIsTaken()
    {
        _content.Write(Original);
        Assert.True(_content.Import().Published);
        _content.Write(Inserted);
        var elsewhere = _content.TempPath("other-out");
        Assert.True(_content.Import(elsewhere).Published);

        // The first output is older than the content's ledger, which knows all it gave out and more.
        Assert.True(_content.Import().Published);
        Assert.Equal([1, 2, 7, 3, 4, 5, 6], _content.Record().Paragraphs.Select(p => p.N));
    }

    [Fact]
    public void WithoutALedgerTheOutputsIsKeptAndTheLogSaysSo()
    {
        File.Delete(_content.LedgerPath);
        _content.Write(Original);
        Assert.True(_content.Import().Published);
        _content.Write(Inserted);
        var log = new StringWriter();

        Assert.True(new ContentImporter(new ImportOptions(_content.ContentDir, _content.OutDir), log).Run().Published);

        Assert.Contains($"No permalinks.tsv in {_content.ContentDir}: short ids and paragraph numbers are kept from {Path.Combine(_content.OutDir, "permalinks.tsv")}", log.ToString(), StringComparison.Ordinal);
        Assert.Equal([1, 2, 7, 3, 4, 5, 6], _content.Record().Paragraphs.Select(p => p.N));
    }

    [Fact]
    public void WithNoLedgerAnywhereTheLogSaysParagraphsAreNumberedByPosition()
    {
        File.Delete(_content.LedgerPath);
        _content.Write(Original);
        var log = new StringWriter();

        Assert.True(new ContentImporter(new ImportOptions(_content.ContentDir, _content.OutDir), log).Run().Published);

        Assert.Contains("paragraphs are numbered by position", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ImportedBesideAnotherFolderAFoldersLedgerKeepsItsShortIdsAndNumbers()
    {
        _content.Write(Original);
        Assert.True(_content.Import().Published);
        _content.Write(Inserted);
        Assert.True(_content.Import().Published);
        var alone = _content.Record();
        var other = _content.TempPath("other");
        Directory.CreateDirectory(other);
        File.Copy(Archive.Tests.RepoPaths.Seed, Path.Combine(other, "seed.txt"));
        var together = _content.TempPath("together");

        var report = new ContentImporter(new ImportOptions([_content.ContentDir, other], together), TextWriter.Null).Run();

        Assert.Empty(report.Problems);
        var talk = RecordsFile.ReadAll(together).Single(t => t.Provenance.File == "content/" + CorrectableContent.File);
        Assert.Equal(alone.ShortId, talk.ShortId);
        Assert.Equal(alone.Paragraphs.Select(p => p.N), talk.Paragraphs.Select(p => p.N));
        Assert.Contains(RecordsFile.ReadAll(together), t => t.Provenance.File == "other/seed.txt");
    }

    [Fact]
    public void TwoFoldersWithTheSameNameAreRefused()
    {
        var a = _content.TempPath("a/content");
        var b = _content.TempPath("b/content");
        Directory.CreateDirectory(a);
        Directory.CreateDirectory(b);

        var report = new ContentImporter(new ImportOptions([a, b], _content.TempPath("out2")), TextWriter.Null).Run();

        Assert.False(report.Published);
        Assert.Contains("the names must differ", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(_content.OutDir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_content.OutDir, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
