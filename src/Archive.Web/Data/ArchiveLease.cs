namespace Archive.Web.Data;

/// <summary>
/// The import one request reads, taken at its first use and given back when the request's scope ends,
/// so that every service the request resolves (<see cref="ArchiveData"/>, the searcher, the manifest,
/// the pages) comes from the same import, even if a new one is switched in meanwhile.
/// </summary>
internal sealed class ArchiveLease(LiveArchive live) : IDisposable
{
    private ArchiveSnapshot? _snapshot;

    public ArchiveSnapshot Snapshot
    {
        get
        {
            if (Volatile.Read(ref _snapshot) is { } held)
            {
                return held;
            }
            var taken = live.Acquire();
            var first = Interlocked.CompareExchange(ref _snapshot, taken, null);
            if (first is not null)
            {
                taken.Release();
                return first;
            }
            return taken;
        }
    }

    public void Dispose() => Interlocked.Exchange(ref _snapshot, null)?.Release();
}
