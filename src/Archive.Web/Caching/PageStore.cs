using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;

namespace Archive.Web.Caching;

/// <summary>
/// The output cache's store: rendered pages in memory, bounded by bytes (each page's body and key), and
/// able to say how many bytes it holds (<see cref="Bytes"/>), which the framework's own store cannot.
/// A page that would overflow the bound is not kept, and the oldest-used pages are pushed out in the
/// background to make room, so the bound is never exceeded.
/// </summary>
public sealed class PageStore(long sizeLimit) : IOutputCacheStore, IDisposable
{
    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = sizeLimit, TrackStatistics = true });
    private readonly Dictionary<string, HashSet<string>> _keysByTag = new(StringComparer.Ordinal);
    private readonly Lock _tags = new();

    public long SizeLimit => sizeLimit;

    /// <summary>Bytes of the pages held now, at most <see cref="SizeLimit"/>.</summary>
    public long Bytes => _pages.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult(_pages.Get<byte[]>(key));

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        using var entry = _pages.CreateEntry(key);
        entry.Value = value;
        // A string key costs two bytes a character.
        entry.Size = value.Length + 2L * key.Length;
        entry.AbsoluteExpirationRelativeToNow = validFor;
        if (tags is { Length: > 0 })
        {
            lock (_tags)
            {
                foreach (var tag in tags)
                {
                    if (!_keysByTag.TryGetValue(tag, out var keys))
                    {
                        _keysByTag[tag] = keys = new HashSet<string>(StringComparer.Ordinal);
                    }
                    keys.Add(key);
                }
            }
            // The tag lists shrink with the pages, so they are bounded by them.
            entry.RegisterPostEvictionCallback((evicted, _, reason, _) =>
            {
                if (reason != EvictionReason.Replaced)
                {
                    Untag((string)evicted, tags);
                }
            });
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        string[] keys;
        lock (_tags)
        {
            keys = _keysByTag.TryGetValue(tag, out var tagged) ? [.. tagged] : [];
        }
        foreach (var key in keys)
        {
            _pages.Remove(key);
        }
        return ValueTask.CompletedTask;
    }

    private void Untag(string key, string[] tags)
    {
        lock (_tags)
        {
            foreach (var tag in tags)
            {
                if (_keysByTag.TryGetValue(tag, out var keys) && keys.Remove(key) && keys.Count == 0)
                {
                    _keysByTag.Remove(tag);
                }
            }
        }
    }

    public void Dispose() => _pages.Dispose();
}
