using System.Diagnostics;
using System.Security.Cryptography;
using Archive.Import.Publishing;
using Archive.Records;
using Archive.Tests;

namespace Archive.Import.Tests.Publishing;

/// <summary>
/// Kills the importer (SIGKILL, through <see cref="CrashPoint"/>) at every point of an import into an
/// output that already holds a good one, then checks that the output is the old import or the new one,
/// whole, and that a rerun publishes the same files as an import that was never interrupted.
/// </summary>
public sealed class CrashPointTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Points => [.. CrashPoint.All];

    [Theory]
    [MemberData(nameof(Points))]
    public void AnImportKilledAtAnyPointLeavesAWholeOutputAndARerunIsTheSame(string point)
    {
        var content = _temp.Combine("content");
        var outDir = _temp.Combine("out");
        _temp.Write("content/transcripts/seed.txt", File.ReadAllBytes(RepoPaths.Seed));
        Assert.Equal(0, RunImporter(content, outDir, null));
        var before = Files(outDir);
        // The second import differs, so that the output shows which one it is.
        _temp.Write("content/transcripts/second.txt", "A second talk\n\nPresident of Russia | March 3, 2015\n\nA few words on the harvest.\n");
        var reference = _temp.Combine("reference");
        Assert.Equal(0, RunImporter(content, reference, null));
        var after = Files(reference);

        Assert.NotEqual(0, RunImporter(content, outDir, point));

        var live = Files(outDir);
        Assert.True(live.SequenceEqual(before) || live.SequenceEqual(after), $"the output after a kill at {point} is neither import");
        Assert.Equal(0, RunImporter(content, outDir, null));
        Assert.Equal(after, Files(outDir));
        Assert.Empty(Directory.GetFileSystemEntries(outDir + OutputPublisher.ImportsSuffix, ".*"));
        Assert.Equal([OutputPublisher.Current(outDir)!], OutputPublisher.Versions(outDir)); // --keep 0
    }

    /// <summary>Every file's hash, but for what differs between any two runs: the manifests' builtAt and the time in Lucene's segment info (*.si).</summary>
    private static SortedDictionary<string, string> Files(string dir)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(dir, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(dir, path);
            if (name.EndsWith(".si", StringComparison.Ordinal))
            {
                continue;
            }
            var bytes = Path.GetFileName(name) == DataLayout.Manifest ? ManifestWithoutTime(path) : File.ReadAllBytes(path);
            files[name] = Convert.ToHexString(SHA256.HashData(bytes));
        }
        return files;
    }

    /// <summary>The import's manifest, or the downloads' (<c>downloads/manifest.json</c>), without its <c>builtAt</c>.</summary>
    private static byte[] ManifestWithoutTime(string path)
    {
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(path))!.AsObject();
        Assert.True(manifest.Remove("builtAt"), path + " has no builtAt");
        return System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString());
    }

    private static int RunImporter(string content, string outDir, string? crashAt)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Archive.Import.dll"));
        start.ArgumentList.Add(content);
        start.ArgumentList.Add(outDir);
        // Keep no previous import, so that the run reaches the pruning points too.
        start.ArgumentList.Add("--keep");
        start.ArgumentList.Add("0");
        start.Environment[CrashPoint.Variable] = crashAt;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = stderr.Result;
        return process.ExitCode;
    }
}
