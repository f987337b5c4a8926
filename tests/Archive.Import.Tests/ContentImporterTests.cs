using System.Text;
using Archive.Import.Readers;
using Archive.Records;
using Archive.Tests;

namespace Archive.Import.Tests;

public sealed class ContentImporterTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly StringWriter _log = new();

    private string ContentDir => _temp.Combine("content");
    private string OutDir => _temp.Combine("out");

    private ImportReport Import(bool keepGoing = false, IReadOnlyList<ITranscriptReader>? readers = null) =>
        new ContentImporter(new ImportOptions(ContentDir, OutDir, keepGoing), _log, readers: readers).Run();

    private void AddSeed(string name = "transcripts/seed.txt") => _temp.Write(Path.Combine("content", name), File.ReadAllBytes(RepoPaths.Seed));

    [Fact]
    public void SeedImportWritesRecordIndexCatalogAndManifest()
    {
        AddSeed();
        _temp.Write("content/pages/about.md", "# About\n");

        var report = Import();

        Assert.Empty(report.Problems);
        Assert.True(report.Published);
        const string id = "2014-07-10-meeting-with-heads-of-security-and-intelligence-services-of-cis-states";
        var transcript = RecordsFile.ReadById(OutDir, id)!;
        Assert.Equal("/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states", transcript.Url);
        Assert.Equal("transcripts/seed.txt", transcript.Provenance.File);
        Assert.Equal(64, transcript.Provenance.Sha256.Length);
        using var manifest = File.OpenRead(Path.Combine(OutDir, DataLayout.Manifest));
        var m = RecordJson.ReadManifest(manifest);
        Assert.Equal((1, 6), (m.Transcripts, m.Paragraphs));
        Assert.True(File.Exists(Path.Combine(OutDir, DataLayout.Catalog)));
        Assert.All(Directory.GetDirectories(Path.Combine(OutDir, DataLayout.Index)), part => Assert.NotEmpty(Directory.GetFiles(part)));
        Assert.NotEmpty(Directory.GetDirectories(Path.Combine(OutDir, DataLayout.Index)));
        Assert.True(File.Exists(Path.Combine(OutDir, DataLayout.Pages, "about.md")));
    }

    [Fact]
    public void TheReportSaysWhereTheTimeWentStageByStage()
    {
        AddSeed();

        var report = Import();

        Assert.Equal(["reading, indexing", "merging the index", "catalog, links", "downloads"], report.Stages.Select(s => s.Stage));
        Assert.All(report.Stages, s => Assert.True(s.Took >= TimeSpan.Zero, s.Stage));
        Assert.True(report.Stages[0].Took > TimeSpan.Zero);
        Assert.Equal(report.Elapsed, report.Stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Took));
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("   \n\t\n  ", 1, "empty")]
    [InlineData("A title\n\nPresident of Russia | February 30, 2014\n\nText.\n", 3, "not a real date")]
    [InlineData("A title\n\nNo date line here\n\nText.\n", 1, "not a transcript")]
    [InlineData("A title\n\nPresident of Russia | 31 June 2014\n\nText.\n", 3, "not a real date")]
    [InlineData("A title\n\nPresident of Russia | July 10, 2014\n", 4, "no paragraphs")]
    [InlineData("A title\n\nPresident of Russia | July 10, 2014\n\nShare this:\n\nTwitter\n\nFacebook\n\nLike this:\n\nLike Loading...\n\nRelated\n", 4, "only a title, a date and blog boilerplate")]
    [InlineData("A title\n\nPresident of Russia | July 10, 2014\n\n\nLeave a comment\n\nConnecting to %s\n", 4, "only a title, a date and blog boilerplate")]
    public void BadFileIsNamedWithItsLineAndLeavesTheOutputAsItWas(string text, int line, string message)
    {
        AddSeed();
        Assert.True(Import().Published);
        var before = Snapshot(OutDir);

        _temp.Write("content/transcripts/bad.txt", text);
        var report = Import();

        var problem = Assert.Single(report.Problems);
        Assert.Equal("transcripts/bad.txt", problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith($"transcripts/bad.txt:{line}: ", problem.ToString(), StringComparison.Ordinal);
        Assert.False(report.Published);
        Assert.Equal(before, Snapshot(OutDir));
        Assert.Empty(Directory.GetDirectories(_temp.Path, ".out.importing-*"));
    }

    [Fact]
    public void BinaryFileIsRefusedWithALine()
    {
        _temp.Write("content/transcripts/photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        var problem = Assert.Single(Import().Problems);
        Assert.Equal(3, problem.Line); // the NUL byte follows the PNG signature's two line feeds
        Assert.Contains("binary", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepGoingImportsTheRestAndStillReportsTheSkippedFile()
    {
        AddSeed();
        _temp.Write("content/transcripts/empty.txt", "");

        var report = Import(keepGoing: true);

        Assert.True(report.Published);
        Assert.Equal(1, report.Transcripts);
        Assert.Equal("transcripts/empty.txt", Assert.Single(report.Problems).File);
    }

    [Fact]
    public void TwoFilesWithTheSameTitleAndDateGetStableDistinctIds()
    {
        AddSeed("transcripts/a.txt");
        AddSeed("transcripts/b.txt");

        Import();
        var first = RecordsFile.ReadAll(OutDir).Select(t => t.Id).ToList();
        Import();
        var second = RecordsFile.ReadAll(OutDir).Select(t => t.Id).ToList();

        // Files are taken in path order: a.txt keeps the plain id, b.txt gets -2.
        Assert.Equal(
            ["2014-07-10-meeting-with-heads-of-security-and-intelligence-services-of-cis-states",
             "2014-07-10-meeting-with-heads-of-security-and-intelligence-services-of-cis-states-2"],
            first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void InvalidUtf8WithoutAMarkIsReadAsWindows1252AndImported()
    {
        // 0x93/0x94 are not UTF-8; as Windows-1252 they are the curly quotes a word processor wrote.
        var text = "A title\n\nPresident of Russia | July 10, 2014\n\nHe said \u201Cyes\u201D.\n";
        var bytes = Encoding.UTF8.GetBytes(text.Replace("\u201C", "<", StringComparison.Ordinal).Replace("\u201D", ">", StringComparison.Ordinal))
            .Select(b => b == '<' ? (byte)0x93 : b == '>' ? (byte)0x94 : b).ToArray();
        _temp.Write("content/transcripts/cp1252.txt", bytes);

        var report = Import();

        Assert.Empty(report.Problems);
        var record = ReadRecord("2014-07-10-a-title");
        Assert.Equal("He said \u201Cyes\u201D.", Assert.Single(record.Paragraphs).Text);
    }

    [Fact]
    public void AFiveMegabyteParagraphIsImportedWhole()
    {
        var paragraph = string.Concat(Enumerable.Repeat("All work and no play makes a long paragraph. ", 5 * 1024 * 1024 / 45)).Trim();
        _temp.Write("content/transcripts/long.txt", "A title\n\nPresident of Russia | July 10, 2014\n\n" + paragraph + "\n");

        var report = Import();

        Assert.Empty(report.Problems);
        Assert.True(paragraph.Length > 5_000_000);
        Assert.Equal(paragraph, Assert.Single(ReadRecord("2014-07-10-a-title").Paragraphs).Text);
    }

    [Fact]
    public void AFileThatCannotBeOpenedIsNamedAndTheRestImportWithKeepGoing()
    {
        // Tests run as root here, where chmod 000 does not stop a read; a link to a missing file fails the same way.
        AddSeed();
        var link = _temp.Combine("content", "transcripts", "gone.txt");
        File.CreateSymbolicLink(link, _temp.Combine("nowhere.txt"));

        var report = Import(keepGoing: true);

        var problem = Assert.Single(report.Problems);
        Assert.Equal("transcripts/gone.txt", problem.File);
        Assert.StartsWith("transcripts/gone.txt: cannot be read: ", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, report.Transcripts);
    }

    [Fact]
    public void AnUnexpectedExceptionInAReaderCostsOneFileNotTheImport()
    {
        AddSeed();
        _temp.Write("content/transcripts/trap.txt", "A title\n\nPresident of Russia | July 10, 2014\n\nText.\n");

        var report = Import(keepGoing: true, readers: [new ThrowingReader("trap.txt"), new PlainTextReader()]);

        var problem = Assert.Single(report.Problems);
        Assert.Equal("transcripts/trap.txt: internal error in reader throwing: InvalidOperationException: a bug", problem.ToString());
        Assert.Equal(1, report.Transcripts);
        Assert.True(report.Published);
    }

    [Fact]
    public void RemovalsGoToTheImportLogInTheOutputAndProgressToTheConsole()
    {
        AddSeed();

        var report = Import();

        var logLines = File.ReadAllLines(Path.Combine(OutDir, ContentImporter.LogFile));
        Assert.NotEmpty(report.Removals);
        Assert.Equal(report.Removals, logLines);
        Assert.All(logLines, l => Assert.StartsWith("transcripts/seed.txt:", l, StringComparison.Ordinal));
        Assert.DoesNotContain("removed", _log.ToString(), StringComparison.Ordinal);
        Assert.Contains("Imported 1 of 1 files", _log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RedirectedProgressWritesAboutTenPlainLinesHoweverManyFiles()
    {
        using var writer = new StringWriter();
        var progress = new ImportProgress(writer, interactive: false, total: 5000);
        for (var i = 1; i <= 5000; i++)
        {
            progress.Advance(i);
        }
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        Assert.StartsWith("Imported 500 of 5,000 files (", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Imported 5,000 of 5,000 files (", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain('\r', writer.ToString());
    }

    [Fact]
    public void OnATerminalProgressRewritesOneLine()
    {
        using var writer = new StringWriter();
        var progress = new ImportProgress(writer, interactive: true, total: 3);
        for (var i = 1; i <= 3; i++)
        {
            progress.Advance(i);
        }
        progress.Finish();
        Assert.StartsWith("\rImported ", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("\rImported 3 of 3 files", writer.ToString(), StringComparison.Ordinal);
        Assert.Single(writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void MissingContentFolderIsAProblemNotACrash()
    {
        var report = Import();
        Assert.Contains("no such folder", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(OutDir));
    }

    private Transcript ReadRecord(string id)
    {
        return RecordsFile.ReadById(OutDir, id) ?? throw new KeyNotFoundException(id);
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose()
    {
        _temp.Dispose();
        _log.Dispose();
    }
}
