using System.Net;
using System.Runtime;
using Archive.Web.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Caching;

/// <summary>Measures the whole process's heap, so it runs alone, after the tests that run in parallel.</summary>
[CollectionDefinition(nameof(MemoryCollection), DisableParallelization = true)]
public sealed class MemoryCollection;

/// <summary>
/// Requests for pages that do not exist, of every kind, cost nothing that stays: 20,000 of them leave the
/// managed heap (after a full, compacting collection) and the output cache within 10% of where they were.
/// (Each unknown /help or /about name once left a cache entry: 20,000 made the site 260 MB larger.)
/// </summary>
[Collection(nameof(MemoryCollection))]
public sealed class UnknownPagesMemoryTests
{
    private const int Requests = 20_000;
    private const int AtOnce = 8;

    private static readonly Func<int, string>[] Kinds =
    [
        i => $"/help/no-such-page-{i}",
        i => $"/about/no-such-page-{i}",
        i => $"/help/deeper/no-such-page-{i}",
        i => $"/2014/07/10/no-such-transcript-{i}",
        i => $"/speakers/nobody-{i}",
        i => $"/venues/nowhere-{i}",
        i => $"/{1000 + (i % 900)}/{1 + (i % 12):00}/{1 + (i % 28):00}",
        i => $"/{1000 + (i % 900)}/{1 + (i % 12):00}",
        i => $"/{1000 + (i % 900)}",
        i => $"/d/x{i:x6}",
        i => $"/d/x{i:x6}/3",
        i => $"/cite/x{i:x6}",
        i => $"/api/transcripts/no-such-transcript-{i}",
        i => $"/api/speakers/nobody-{i}",
        i => $"/api/venues/nowhere-{i}",
        i => $"/api/dates/{1000 + (i % 900)}/{1 + (i % 12)}",
        i => $"/api/no-such-endpoint-{i}",
    ];

    [Fact]
    public async Task TwentyThousandRequestsForUnknownPagesLeaveTheHeapAndTheOutputCacheWhereTheyWere()
    {
        using var site = new ArchiveSiteFactory();
        using var client = site.CreateClient();
        var store = site.Services.GetRequiredService<PageStore>();
        // Some real pages in the cache, and every kind of unknown page asked for once (views compiled, code jitted).
        foreach (var url in new[] { "/", "/years", "/2014", "/speakers", "/about", "/help/search", "/api/years" })
        {
            (await client.GetAsync(new Uri(url, UriKind.Relative))).Dispose();
        }
        await Ask(client, 0, 2_000);
        var heapBefore = Heap();
        var cacheBefore = store.Bytes;

        await Ask(client, 2_000, Requests);
        var heapAfter = Heap();
        var cacheAfter = store.Bytes;

        Assert.True(cacheBefore > 0);
        Assert.True(heapAfter <= heapBefore * 1.1, $"heap {heapBefore:N0} bytes before, {heapAfter:N0} after");
        Assert.True(cacheAfter <= cacheBefore * 1.1, $"output cache {cacheBefore:N0} bytes before, {cacheAfter:N0} after");
    }

    private static async Task Ask(HttpClient client, int first, int count)
    {
        var next = first - 1;
        await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < first + count; i = Interlocked.Increment(ref next))
            {
                var url = Kinds[i % Kinds.Length](i);
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                Assert.True(response.StatusCode is HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
                await response.Content.CopyToAsync(Stream.Null);
            }
        }));
    }

    private static long Heap()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
