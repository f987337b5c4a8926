using System.Diagnostics;

namespace Archive.Import.Publishing;

/// <summary>
/// A test hook: with <c>ARCHIVE_IMPORT_CRASH_AT=&lt;point&gt;</c> in its environment the importer kills
/// itself (SIGKILL: no finally block, no flush) when it reaches that point, so that
/// <c>bench/faults.sh</c> can show that an import killed anywhere leaves the live output intact and
/// that the next run cleans up after it. Unset, it costs one environment lookup per point.
/// </summary>
public static class CrashPoint
{
    public const string Variable = "ARCHIVE_IMPORT_CRASH_AT";

    /// <summary>Every point, in the order an import reaches them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Locked, Staging, Building, Indexed, Built, Versioned, Linked, Switched, Pruning, Pruned,
    ];

    /// <summary>The lock is taken; nothing else is done.</summary>
    public const string Locked = "locked";
    /// <summary>The debris of dead importers is removed and the staging folder made.</summary>
    public const string Staging = "staging";
    /// <summary>Half the files are written into the staging folder.</summary>
    public const string Building = "building";
    /// <summary>The index is committed; catalog and manifest are not yet written.</summary>
    public const string Indexed = "indexed";
    /// <summary>The staging folder is complete.</summary>
    public const string Built = "built";
    /// <summary>The staging folder is renamed to its version; the pointer still names the old one.</summary>
    public const string Versioned = "versioned";
    /// <summary>Inside the switch: the new pointer is made beside the old, not yet renamed over it.</summary>
    public const string Linked = "linked";
    /// <summary>Inside the switch: the pointer names the new version; the old versions are not yet pruned.</summary>
    public const string Switched = "switched";
    /// <summary>One old version is renamed aside for deletion and not yet deleted.</summary>
    public const string Pruning = "pruning";
    /// <summary>Old versions are pruned; the lock is still held.</summary>
    public const string Pruned = "pruned";

    public static void Reached(string point)
    {
        if (Environment.GetEnvironmentVariable(Variable) == point)
        {
            Console.Error.WriteLine($"{Variable}={point}: the importer kills itself here.");
            Console.Error.Flush();
            using var self = Process.GetCurrentProcess();
            self.Kill();
            // Kill returns before the signal lands; nothing more may happen in the meantime.
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
