using System.Diagnostics;
using System.Globalization;
using Archive.Import.Publishing;
using Archive.Records;
using Archive.Tests;

namespace Archive.Import.Tests.Publishing;

public sealed class OutputPublisherTests : IDisposable
{
    private readonly TempDir _temp = new();

    public OutputPublisherTests() => _temp.Write("content/transcripts/seed.txt", File.ReadAllBytes(RepoPaths.Seed));

    private string ContentDir => _temp.Combine("content");
    private string OutDir => _temp.Combine("out");
    private string ImportsDir => OutDir + OutputPublisher.ImportsSuffix;

    private ImportReport Import(int keep = ImportOptions.DefaultKeep, TextWriter? log = null) =>
        new ContentImporter(new ImportOptions(ContentDir, OutDir, keep: keep), log ?? TextWriter.Null).Run();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TheOutputIsALinkToTheNewestVersionAndTheKeptOnesStayBeside()
    {
        for (var i = 0; i < 4; i++)
        {
            Assert.True(Import(keep: 2).Published);
        }

        var versions = OutputPublisher.Versions(OutDir);
        Assert.Equal(3, versions.Count);
        Assert.Equal(versions[^1], OutputPublisher.Current(OutDir));
        Assert.NotNull(new DirectoryInfo(OutDir).LinkTarget);
        Assert.True(File.Exists(Path.Combine(OutDir, DataLayout.Manifest)));
        // Nothing but the versions and no debris: no staging folder, no lock, no half-made link.
        Assert.Empty(Directory.GetFileSystemEntries(ImportsDir, ".*"));
    }

    [Fact]
    public void KeepZeroLeavesOnlyTheLiveVersion()
    {
        Import();
        Import();
        Import(keep: 0);
        Assert.Equal([OutputPublisher.Current(OutDir)!], OutputPublisher.Versions(OutDir));
    }

    [Fact]
    public void ALiveImportersLockIsRespectedAndTheOutputIsLeftAsItWas()
    {
        Import();
        var live = OutputPublisher.Current(OutDir);
        // This test's own process: alive, with its real start time.
        using var self = Process.GetCurrentProcess();
        File.WriteAllText(Path.Combine(ImportsDir, ImportLock.FileName),
            string.Create(CultureInfo.InvariantCulture, $"{self.Id} {self.StartTime.ToUniversalTime():O}\n"));

        var report = Import();

        Assert.False(report.Published);
        Assert.Contains("another import into this folder is running", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
        Assert.Equal(live, OutputPublisher.Current(OutDir));
        Assert.True(File.Exists(Path.Combine(ImportsDir, ImportLock.FileName)));
    }

    [Fact]
    public void WhatADeadImporterLeftIsRemovedByTheNextRun()
    {
        Import();
        var dead = DeadProcessId();
        File.WriteAllText(Path.Combine(ImportsDir, ImportLock.FileName), $"{dead} 2026-01-01T00:00:00.0000000Z\n");
        _temp.Write($"out.imports/.staging-{dead}/records.jsonl", "half");
        _temp.Write("out.imports/.pruning-20250101T000000Z/records.jsonl", "half-deleted");
        _temp.Write($".out.importing-{dead}/records.jsonl", "the old importer's staging folder");
        using var log = new StringWriter();

        Assert.True(Import(log: log).Published);

        Assert.Empty(Directory.GetFileSystemEntries(ImportsDir, ".*"));
        Assert.False(Directory.Exists(_temp.Combine($".out.importing-{dead}")));
        Assert.Contains($"Removing the lock of an importer that is gone (process {dead}", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOldStyleOutputFolderBecomesTheOldestVersion()
    {
        Import();
        // An output as importers wrote it before versions: a plain folder.
        var version = OutputPublisher.Current(OutDir)!;
        File.Delete(OutDir);
        Directory.Move(version, OutDir);
        Directory.Delete(ImportsDir, recursive: true);
        var manifest = File.ReadAllText(Path.Combine(OutDir, DataLayout.Manifest));

        Assert.True(Import().Published);

        var versions = OutputPublisher.Versions(OutDir);
        Assert.Equal(2, versions.Count);
        Assert.StartsWith("0-", Path.GetFileName(versions[0]), StringComparison.Ordinal);
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(versions[0], DataLayout.Manifest)));
        Assert.Equal(versions[1], OutputPublisher.Current(OutDir));
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
