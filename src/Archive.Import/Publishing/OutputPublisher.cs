using System.Globalization;

namespace Archive.Import.Publishing;

/// <summary>
/// Publishes an import without a moment when there is no good output. The output folder the user
/// names (<c>out/site</c>) is a symbolic link to one version in <c>out/site.imports/</c>; an import is
/// built in a staging folder there, renamed to its version, and published by renaming a new link
/// over the old one: one rename(2), atomic, so a reader resolving <c>out/site</c> finds the old
/// import or the new one, never neither. The previous <see cref="ImportOptions.Keep"/> versions stay
/// for rollback (point the link back at one). A lock says who is importing; whatever a dead importer
/// left (its staging folder, a half-pruned version, its lock) is removed by the next run.
/// </summary>
public sealed class OutputPublisher : IDisposable
{
    /// <summary>The folder of versions beside the output link: <c>out/site</c> has <c>out/site.imports</c>.</summary>
    public const string ImportsSuffix = ".imports";

    private const string StagingPrefix = ".staging-";
    private const string PruningPrefix = ".pruning-";
    private const string LinkPrefix = ".link-";
    /// <summary>An output from before versions, kept as the oldest version (0 sorts before any year).</summary>
    private const string LegacyPrefix = "0-";

    private readonly string _outDir;
    private readonly string _importsDir;
    private readonly int _keep;
    private readonly TextWriter _log;
    private readonly ImportLock _lock;

    private OutputPublisher(string outDir, string importsDir, int keep, TextWriter log, ImportLock importLock)
    {
        _outDir = outDir;
        _importsDir = importsDir;
        _keep = keep;
        _log = log;
        _lock = importLock;
        StagingDir = Path.Combine(importsDir, StagingPrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Where the import is built; published by <see cref="Publish"/>.</summary>
    public string StagingDir { get; }

    /// <summary>The version folder the output link names after <see cref="Publish"/>.</summary>
    public string? Published { get; private set; }

    /// <summary>Takes the output's lock and clears a dead importer's debris; null with <paramref name="holder"/> set if a live importer has the lock.</summary>
    public static OutputPublisher? TryOpen(string outDir, int keep, TextWriter log, out string? holder)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        var importsDir = outDir + ImportsSuffix;
        Directory.CreateDirectory(importsDir);
        var importLock = ImportLock.TryTake(importsDir, log, out holder);
        if (importLock is null)
        {
            return null;
        }
        CrashPoint.Reached(CrashPoint.Locked);
        var publisher = new OutputPublisher(outDir, importsDir, keep, log, importLock);
        publisher.RemoveDebris();
        Directory.CreateDirectory(publisher.StagingDir);
        CrashPoint.Reached(CrashPoint.Staging);
        return publisher;
    }

    /// <summary>Makes the staging folder the live output, in one atomic step, then prunes old versions.</summary>
    public void Publish()
    {
        var version = Path.Combine(_importsDir, VersionName());
        Directory.Move(StagingDir, version);
        CrashPoint.Reached(CrashPoint.Versioned);

        var link = Path.Combine(_importsDir, LinkPrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        DeleteEntry(link);
        // Relative, so that the whole output can be moved or copied (rsync -a) and still point right.
        File.CreateSymbolicLink(link, Path.Combine(Path.GetFileName(_importsDir), Path.GetFileName(version)));
        CrashPoint.Reached(CrashPoint.Linked);
        if (IsRealFolder(_outDir))
        {
            // An output written before versions existed: it becomes a version itself (two renames,
            // once; a run killed between them finds no output link, and the next run makes one).
            var legacy = Path.Combine(_importsDir, LegacyPrefix + VersionStamp(Directory.GetLastWriteTimeUtc(_outDir)));
            Directory.Move(_outDir, legacy);
            _log.WriteLine($"{_outDir} was a folder; it is kept as {legacy}.");
        }
        PosixFiles.Rename(link, _outDir);
        Published = version;
        CrashPoint.Reached(CrashPoint.Switched);
        Prune(version);
        CrashPoint.Reached(CrashPoint.Pruned);
    }

    /// <summary>The version folders, oldest first (their names are the time they were built).</summary>
    public static IReadOnlyList<string> Versions(string outDir)
    {
        var importsDir = outDir + ImportsSuffix;
        return Directory.Exists(importsDir)
            ? [.. Directory.GetDirectories(importsDir).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>The version the output link names, or null for no link.</summary>
    public static string? Current(string outDir) =>
        Directory.ResolveLinkTarget(outDir, returnFinalTarget: true)?.FullName.TrimEnd(Path.DirectorySeparatorChar);

    private string VersionName()
    {
        var stamp = VersionStamp(DateTime.UtcNow);
        var name = stamp;
        for (var n = 2; Directory.Exists(Path.Combine(_importsDir, name)); n++)
        {
            name = string.Create(CultureInfo.InvariantCulture, $"{stamp}-{n}");
        }
        return name;
    }

    private static string VersionStamp(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Keeps the live version and the newest <see cref="_keep"/> others; renamed aside first, so a half-deleted version is never taken for a whole one.</summary>
    private void Prune(string live)
    {
        var others = Versions(_outDir).Where(v => v != live).ToList();
        foreach (var old in others.Take(Math.Max(others.Count - _keep, 0)))
        {
            var aside = Path.Combine(_importsDir, PruningPrefix + Path.GetFileName(old));
            Directory.Move(old, aside);
            CrashPoint.Reached(CrashPoint.Pruning);
            Directory.Delete(aside, recursive: true);
        }
    }

    /// <summary>What a killed importer leaves: staging and half-pruned folders, a half-made link, and old-style staging folders beside the output.</summary>
    private void RemoveDebris()
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(_importsDir))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith(StagingPrefix, StringComparison.Ordinal) || name.StartsWith(PruningPrefix, StringComparison.Ordinal)
                || name.StartsWith(LinkPrefix, StringComparison.Ordinal))
            {
                _log.WriteLine($"Removing {entry}, left by an import that did not finish.");
                DeleteEntry(entry);
            }
        }
        var parent = Path.GetDirectoryName(_outDir)!;
        var oldStyle = $".{Path.GetFileName(_outDir)}.importing-";
        foreach (var dir in Directory.EnumerateDirectories(parent, oldStyle + "*"))
        {
            if (int.TryParse(Path.GetFileName(dir).AsSpan(oldStyle.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                _log.WriteLine($"Removing {dir}, left by an import that did not finish.");
                Directory.Delete(dir, recursive: true);
            }
        }
        // Killed between the two renames that turned an old-style folder into a version.
        if (!Path.Exists(_outDir) && Versions(_outDir).LastOrDefault(v => Path.GetFileName(v).StartsWith(LegacyPrefix, StringComparison.Ordinal)) is { } newest)
        {
            File.CreateSymbolicLink(_outDir, Path.Combine(Path.GetFileName(_importsDir), Path.GetFileName(newest)));
            _log.WriteLine($"{_outDir} was missing; it names {newest} again.");
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsRealFolder(string path) => Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null;

    private static void DeleteEntry(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null || File.Exists(path))
        {
            info.Delete();
        }
        else if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(StagingDir))
        {
            Directory.Delete(StagingDir, recursive: true);
        }
        _lock.Dispose();
        // A first import that published nothing leaves nothing behind.
        if (!Path.Exists(_outDir) && !Directory.EnumerateFileSystemEntries(_importsDir).Any())
        {
            Directory.Delete(_importsDir);
        }
    }
}
