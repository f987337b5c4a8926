namespace Archive.Web.Data;

/// <summary>
/// The import being served, switched between requests when the importer publishes a new one: the
/// output folder (<c>--data out/site</c>) is a link to the live version (the importer's
/// <c>OutputPublisher</c>), and a change of its target opens the new version, waits until it is read,
/// and makes it the one that new requests take. Requests already running finish on the old one,
/// which is closed after the last of them. An old-style output (a plain folder) is served as it is.
/// </summary>
public sealed partial class LiveArchive : IDisposable
{
    private readonly string _configured;
    private readonly ILogger<LiveArchive> _log;
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private ArchiveSnapshot _current;
    private string? _refused;

    public LiveArchive(string configured, ArchiveSnapshot initial, ILogger<LiveArchive> log)
    {
        _configured = configured;
        _current = initial;
        _log = log;
    }

    /// <summary>The folder named in the configuration: a link, or an old-style folder.</summary>
    public string Configured => _configured;

    /// <summary>The snapshot new requests take (for health reports; requests use <see cref="Acquire"/>).</summary>
    public ArchiveSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after a switch, with the snapshot replaced (the output cache drops its pages).</summary>
    public event Action<ArchiveSnapshot, ArchiveSnapshot>? Switched;

    /// <summary>What the configured folder names now: the link's final target, or the folder itself.</summary>
    public static string Resolve(string configured)
    {
        try
        {
            return Directory.ResolveLinkTarget(configured, returnFinalTarget: true)?.FullName.TrimEnd(Path.DirectorySeparatorChar)
                ?? Path.GetFullPath(configured);
        }
        catch (IOException)
        {
            // Not a link (or gone for a moment): the folder as named.
            return Path.GetFullPath(configured);
        }
    }

    public ArchiveSnapshot Acquire()
    {
        while (true)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var snapshot = Volatile.Read(ref _current);
            if (snapshot.TryAcquire())
            {
                return snapshot;
            }
            // Retired and closed between the read and the acquire: the next read sees its successor.
        }
    }

    /// <summary>Switches to the import the link names now, if it changed and can be read; true if it switched.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancel)
    {
        await _refreshing.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            var target = Resolve(_configured);
            if (target == Current.DataDir || target == _refused || !File.Exists(Path.Combine(target, Records.DataLayout.Manifest)))
            {
                return false;
            }
            ArchiveSnapshot? next = null;
            try
            {
                next = ArchiveSnapshot.Open(target, Current.SearchOptions, Current.WarmUp);
                await next.Loading.Data.ConfigureAwait(false);
                await next.Loading.Searcher.ConfigureAwait(false);
                // The old import answers until the new one has been searched a while too.
                await next.Loading.Warmed.ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Any failure to read a new import keeps the old one serving, with the reason logged.
            catch (Exception e)
#pragma warning restore CA1031
            {
                // The old import keeps serving; the same target is not tried again until the link changes.
                next?.Release();
                _refused = target;
                CannotSwitch(target, Current.DataDir, e);
                return false;
            }
            var old = Interlocked.Exchange(ref _current, next);
            _refused = null;
            SwitchedTo(next.DataDir, next.Data.Catalog.Count, old.DataDir);
            Switched?.Invoke(old, next);
            old.Release();
            return true;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private volatile bool _disposed;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        Current.Release();
        _refreshing.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the new import {DataDir} ({Transcripts} transcripts); {OldDataDir} is closed when its last request ends")]
    private partial void SwitchedTo(string dataDir, int transcripts, string oldDataDir);

    [LoggerMessage(Level = LogLevel.Error, Message = "The new import {DataDir} cannot be read, so {OldDataDir} is still served")]
    private partial void CannotSwitch(string dataDir, string oldDataDir, Exception e);
}
