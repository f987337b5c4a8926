using System.Collections.Concurrent;

namespace Archive.Bench.Fts5Web;

/// <summary>Open connections to the FTS5 table, one per search running (a SQLite connection serves one thread at a time).</summary>
public sealed class Fts5SearcherPool(string path) : IDisposable
{
    private readonly ConcurrentBag<Fts5PageSearcher> _idle = [];

    public Fts5PageSearcher Rent() => _idle.TryTake(out var searcher) ? searcher : new Fts5PageSearcher(path);

    public void Return(Fts5PageSearcher searcher) => _idle.Add(searcher);

    public void Dispose()
    {
        while (_idle.TryTake(out var searcher))
        {
            searcher.Dispose();
        }
    }
}
