using Archive.Records;
using Archive.Tests;

namespace Archive.Import.Tests;

public sealed class ContentImporterTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly StringWriter _log = new();

    private string ContentDir => _temp.Combine("content");
    private string OutDir => _temp.Combine("out");

    private ImportReport Import(bool keepGoing = false) =>
        new ContentImporter(new ImportOptions(ContentDir, OutDir, keepGoing), _log).Run();

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
        using var record = File.OpenRead(DataLayout.RecordPath(OutDir, id));
        var transcript = RecordJson.ReadTranscript(record);
        Assert.Equal("/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states", transcript.Url);
        Assert.Equal("transcripts/seed.txt", transcript.Provenance.File);
        Assert.Equal(64, transcript.Provenance.Sha256.Length);
        using var manifest = File.OpenRead(Path.Combine(OutDir, DataLayout.Manifest));
        var m = RecordJson.ReadManifest(manifest);
        Assert.Equal((1, 6), (m.Transcripts, m.Paragraphs));
        Assert.True(File.Exists(Path.Combine(OutDir, DataLayout.Catalog)));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(OutDir, DataLayout.Index)));
        Assert.True(File.Exists(Path.Combine(OutDir, DataLayout.Pages, "about.md")));
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("   \n\t\n  ", 1, "empty")]
    [InlineData("A title\n\nPresident of Russia | February 30, 2014\n\nText.\n", 3, "not a real date")]
    [InlineData("A title\n\nNo date line here\n\nText.\n", 1, "not a transcript")]
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
        var first = Directory.GetFiles(Path.Combine(OutDir, DataLayout.Records)).Select(Path.GetFileName).Order().ToList();
        Import();
        var second = Directory.GetFiles(Path.Combine(OutDir, DataLayout.Records)).Select(Path.GetFileName).Order().ToList();

        Assert.Equal(
            ["2014-07-10-meeting-with-heads-of-security-and-intelligence-services-of-cis-states-2.json",
             "2014-07-10-meeting-with-heads-of-security-and-intelligence-services-of-cis-states.json"],
            first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void MissingContentFolderIsAProblemNotACrash()
    {
        var report = Import();
        Assert.Contains("no such folder", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(OutDir));
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
