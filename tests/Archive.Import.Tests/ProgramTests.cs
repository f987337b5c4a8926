using System.Diagnostics;
using Archive.Tests;

namespace Archive.Import.Tests;

/// <summary>The command line as people and the site's build run it: exit codes, stderr and the output folder.</summary>
public sealed class ProgramTests : IDisposable
{
    private readonly TempDir _temp = new();

    private string ContentDir => _temp.Combine("content");
    private string OutDir => _temp.Combine("out");

    [Fact]
    public void AGoodImportExitsZeroAndPrintsTheSummaryTable()
    {
        _temp.Write("content/transcripts/seed.txt", File.ReadAllBytes(RepoPaths.Seed));

        var (code, stdout, stderr) = Run(ContentDir, OutDir);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("Imported 1 of 1 files", stdout, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Transcripts +1$", stdout);
        Assert.Matches(@"(?m)^Paragraphs +6$", stdout);
        Assert.Matches(@"(?m)^Removals +[1-9]\d*$", stdout);
        Assert.True(File.Exists(Path.Combine(OutDir, ContentImporter.LogFile)));
    }

    [Fact]
    public void TwoFoldersOneAHeadlineOnlyCorpusImportWithExitCodeZeroAndTheSummaryCountsTheItems()
    {
        _temp.Write("content/transcripts/seed.txt", File.ReadAllBytes(RepoPaths.Seed));

        var (code, stdout, stderr) = Run(Path.Combine(RepoPaths.Corpus, "kremlin-en-html-short"), ContentDir, OutDir);

        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Matches(@"(?m)^Transcripts +301$", stdout);
        Assert.Matches(@"(?m)^  headline only +155$", stdout);
        Assert.Matches(@"(?m)^Not transcripts +2$", stdout);
    }

    [Fact]
    public void ABadFileExitsOneNamesFileAndLineAndLeavesThePreviousOutput()
    {
        _temp.Write("content/transcripts/seed.txt", File.ReadAllBytes(RepoPaths.Seed));
        Assert.Equal(0, Run(ContentDir, OutDir).Code);
        var manifest = File.ReadAllText(Path.Combine(OutDir, "manifest.json"));
        _temp.Write("content/transcripts/bad.txt", "A title\n\nPresident of Russia | February 30, 2014\n\nText.\n");

        var (code, _, stderr) = Run(ContentDir, OutDir);

        Assert.Equal(1, code);
        Assert.StartsWith("transcripts/bad.txt:3: 'February 30, 2014' is not a real date", stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(OutDir, "manifest.json")));
    }

    [Fact]
    public void SpeakersOptionMergesAliasesAndTheReportCountsWhatIsLeft()
    {
        _temp.Write("content/a.md", "---\ntitle: A\ndate: 2014-07-10\nsource: S\n---\n\n**Vlaidmir Putin:** One.\n\n**Tatayana Golikova:** Two.\n");
        _temp.Write("content/b.md", "---\ntitle: B\ndate: 2014-07-11\nsource: S\n---\n\n**Vladimir Putin:** Three.\n\n**Tatyana Golikova:** Four.\n");
        var aliases = _temp.Write("aliases.tsv", "Vlaidmir Putin\tVladimir Putin\n");

        var (code, stdout, stderr) = Run(ContentDir, OutDir, "--speakers", aliases);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Matches(@"(?m)^Speaker variants +1$", stdout);
        Assert.Contains("Tatayana Golikova\tTatyana Golikova\t# one letter", File.ReadAllText(Path.Combine(OutDir, "speaker-report.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingAliasFileExitsOneNamingIt()
    {
        _temp.Write("content/transcripts/seed.txt", File.ReadAllBytes(RepoPaths.Seed));

        var (code, _, stderr) = Run(ContentDir, OutDir, "--speakers", _temp.Combine("none.tsv"));

        Assert.Equal(1, code);
        Assert.Contains("none.tsv: no such alias file.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepGoingImportsTheRestListsTheSkippedAndStillExitsOne()
    {
        _temp.Write("content/transcripts/seed.txt", File.ReadAllBytes(RepoPaths.Seed));
        _temp.Write("content/transcripts/empty.txt", "");

        var (code, stdout, stderr) = Run(ContentDir, OutDir, "--keep-going");

        Assert.Equal(1, code);
        Assert.Contains("transcripts/empty.txt:1: the file is empty", stderr, StringComparison.Ordinal);
        Assert.Contains("skipped 1 file(s)", stderr, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Files not imported +1$", stdout);
        Assert.True(File.Exists(Path.Combine(OutDir, "manifest.json")));
    }

    [Fact]
    public void AnOutputFolderThatCannotBeMadeIsOnePlainLineNotAStackTrace()
    {
        _temp.Write("content/transcripts/seed.txt", File.ReadAllBytes(RepoPaths.Seed));
        var blocker = _temp.Write("a-file", "not a folder");

        var (code, _, stderr) = Run(ContentDir, Path.Combine(blocker, "out"));

        Assert.Equal(1, code);
        Assert.StartsWith("The import failed and ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownOptionIsAUsageErrorWithExitCodeTwo()
    {
        var (code, _, stderr) = Run(ContentDir, OutDir, "--fast");
        Assert.Equal(2, code);
        Assert.StartsWith("Unknown option: --fast", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Archive.Import.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    public void Dispose() => _temp.Dispose();
}
