using Archive.Records;
using Archive.Search;
using Archive.Search.Storage;

namespace Archive.Web.Data;

/// <summary>
/// One import as the site serves it, opened from its version folder (the output link resolved once,
/// so every file comes from the same import). Each request holds it from its first use to its end
/// (<see cref="ArchiveLease"/>); when a newer import replaces it, it is closed once its last request
/// has finished, so no request ever loses the files it is reading.
/// </summary>
public sealed class ArchiveSnapshot
{
    /// <summary>Requests holding it, plus one for <see cref="LiveArchive"/> until it is retired.</summary>
    private int _users = 1;
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ArchiveSnapshot(string dataDir, Manifest manifest, SearchEngineOptions searchOptions, SearchWarmUp? warmUp, bool catalogWhenTold)
    {
        DataDir = dataDir;
        Manifest = manifest;
        SearchOptions = searchOptions;
        WarmUp = warmUp;
        Loading = new ArchiveLoading(dataDir, manifest, searchOptions, warmUp, catalogWhenTold);
        Pages = new MarkdownPages(Path.Combine(dataDir, DataLayout.Pages));
    }

    /// <summary>
    /// Reads the manifest now and starts reading the index and the catalog in the background, then the
    /// warm-up searches; with <paramref name="catalogWhenTold"/>, the catalog only once
    /// <see cref="ArchiveLoading.ReadCatalog"/> is called (see <see cref="ArchiveLoading"/>).
    /// </summary>
    public static ArchiveSnapshot Open(string dataDir, SearchEngineOptions searchOptions, SearchWarmUp? warmUp = null, bool catalogWhenTold = false)
    {
        using var stream = File.OpenRead(Path.Combine(dataDir, DataLayout.Manifest));
        return new ArchiveSnapshot(dataDir, RecordJson.ReadManifest(stream), searchOptions, warmUp, catalogWhenTold);
    }

    /// <summary>The search engine's parts, as configured (the next import is searched the same way).</summary>
    public SearchEngineOptions SearchOptions { get; }

    /// <summary>The searches run before the import is ready; a newer import is warmed the same way.</summary>
    public SearchWarmUp? WarmUp { get; }

    /// <summary>The version folder, with links resolved.</summary>
    public string DataDir { get; }

    public Manifest Manifest { get; }

    public ArchiveLoading Loading { get; }

    public MarkdownPages Pages { get; }

    /// <summary>The catalog and records; waits for them while the site starts.</summary>
    public ArchiveData Data => Loading.Data.GetAwaiter().GetResult();

    /// <summary>The searcher; waits for it while the site starts, and throws <see cref="SearchIndexUnavailableException"/> if the index could not be opened.</summary>
    public TranscriptSearcher Searcher
    {
        get
        {
            try
            {
                return Loading.Searcher.GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is not SearchIndexUnavailableException)
            {
                throw new SearchIndexUnavailableException($"The search index in {DataDir} cannot be read: {IndexFailure.Describe(e)}", e);
            }
        }
    }

    /// <summary>Why search fails, if it does: the index could not be opened, or a search met a damaged file.</summary>
    public string? SearchProblem => Loading.Searcher.IsFaulted
        ? IndexFailure.Describe(Loading.Searcher.Exception!.InnerException ?? Loading.Searcher.Exception)
        : _damage;

    private volatile string? _damage;

    /// <summary>Remembers that a search met a damaged file, for the health checks (searches are still tried: the error may pass).</summary>
    public void ReportDamage(Exception e) => _damage = IndexFailure.Describe(e);

    /// <summary>Completes when the snapshot's files are closed.</summary>
    public Task Closed => _closed.Task;

    /// <summary>Takes a reference; false if the snapshot was retired and its last request has ended.</summary>
    public bool TryAcquire()
    {
        var users = Volatile.Read(ref _users);
        while (users > 0)
        {
            var seen = Interlocked.CompareExchange(ref _users, users + 1, users);
            if (seen == users)
            {
                return true;
            }
            users = seen;
        }
        return false;
    }

    /// <summary>Gives a reference back; the last one closes the files (on the thread pool: closing waits for background reads).</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _users) == 0)
        {
            _ = Task.Run(Close);
        }
    }

    private void Close()
    {
        try
        {
            // Still loading is possible only if the site stops while starting.
            if (Loading.Data.IsCompletedSuccessfully || Loading.Data.Wait(TimeSpan.FromSeconds(30)))
            {
                Loading.Data.Result.Close();
            }
        }
        catch (AggregateException)
        {
            // It could not be read: nothing is open.
        }
        try
        {
            // Not while warm-up searches are reading it.
            Loading.Warmed.Wait(TimeSpan.FromSeconds(30));
            if (Loading.Searcher.IsCompletedSuccessfully || Loading.Searcher.Wait(TimeSpan.FromSeconds(30)))
            {
                Loading.Searcher.Result.Close();
            }
        }
        catch (AggregateException)
        {
        }
        Pages.Close();
        _closed.TrySetResult();
    }
}
