using System.Diagnostics;
using System.Globalization;

namespace Archive.Import.Publishing;

/// <summary>
/// Who is importing into an output: a file holding the importer's process id and start time. A lock
/// whose process is alive (the same id started at the same time: ids are reused) is respected; one
/// whose process is gone was left by a killed importer and is taken over. The file is created by
/// link(2), which fails if the name is taken, so two importers starting at once cannot both win.
/// </summary>
public sealed class ImportLock : IDisposable
{
    public const string FileName = ".lock";

    private readonly string _path;
    private readonly string _text;

    private ImportLock(string path, string text)
    {
        _path = path;
        _text = text;
    }

    /// <summary>The lock, or null with <paramref name="holder"/> naming the live importer that has it.</summary>
    public static ImportLock? TryTake(string importsDir, TextWriter log, out string? holder)
    {
        var path = Path.Combine(importsDir, FileName);
        var text = Describe(Environment.ProcessId, StartTime(Environment.ProcessId) ?? DateTimeOffset.UtcNow);
        var mine = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        File.WriteAllText(mine, text);
        try
        {
            // A dead holder's lock is removed and the link tried again; a second failure means another
            // importer took it in between, and is alive.
            for (var attempt = 0; attempt < 2; attempt++)
            {
                if (PosixFiles.TryLink(mine, path))
                {
                    holder = null;
                    return new ImportLock(path, text);
                }
                var held = TryRead(path);
                if (held is { } h && IsAlive(h.Pid, h.Started))
                {
                    holder = $"process {h.Pid}, started {h.Started:u}";
                    return null;
                }
                log.WriteLine(held is { } dead
                    ? $"Removing the lock of an importer that is gone (process {dead.Pid}, started {dead.Started:u})."
                    : "Removing an unreadable lock file left by an importer that is gone.");
                File.Delete(path);
            }
            holder = "another importer that took the lock just now";
            return null;
        }
        finally
        {
            File.Delete(mine);
        }
    }

    /// <summary>Whether a process with this id is running and started at this time (to the second: ids are reused).</summary>
    public static bool IsAlive(int pid, DateTimeOffset started) =>
        StartTime(pid) is { } actual && Math.Abs((actual - started).TotalSeconds) < 1;

    private static DateTimeOffset? StartTime(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : process.StartTime.ToUniversalTime();
        }
        catch (ArgumentException)
        {
            return null; // no such process
        }
        catch (InvalidOperationException)
        {
            return null; // it exited while being looked at
        }
    }

    private static string Describe(int pid, DateTimeOffset started) =>
        string.Create(CultureInfo.InvariantCulture, $"{pid} {started.UtcDateTime:O}\n");

    private static (int Pid, DateTimeOffset Started)? TryRead(string path)
    {
        try
        {
            var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return parts.Length == 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var started)
                ? (pid, started)
                : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        // Only if it is still this importer's: never remove a lock that another took over.
        if (File.Exists(_path) && File.ReadAllText(_path) == _text)
        {
            File.Delete(_path);
        }
    }
}
