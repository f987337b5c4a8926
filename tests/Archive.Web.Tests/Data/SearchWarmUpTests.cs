using Archive.Import;
using Archive.Search;
using Archive.Tests;
using Archive.Web.Data;
using Archive.Web.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Web.Tests.Data;

/// <summary>
/// An import is reported ready only once the warm-up searches have run, while search answers from the
/// start; the warm-up's searches are made from the import's own text and take every route.
/// </summary>
public sealed class SearchWarmUpTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly string _dataDir;

    public SearchWarmUpTests()
    {
        _dataDir = _temp.Combine("site");
        var report = new ContentImporter(new ImportOptions(RepoPaths.Content, _dataDir), TextWriter.Null).Run();
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task ReadyOnlyOnceTheWarmUpSearchesHaveRun()
    {
        var gate = new TaskCompletionSource();
        var snapshot = ArchiveSnapshot.Open(_dataDir, SearchEngineOptions.Default, new SearchWarmUp(20) { Gate = gate.Task });
        using var live = new LiveArchive(_dataDir, snapshot, NullLogger<LiveArchive>.Instance);
        var searcher = await snapshot.Loading.Searcher;
        await snapshot.Loading.Data;

        // Searchable and alive, but not yet ready for a load balancer's traffic.
        Assert.True(searcher.Search(new SearchRequest("Belarus")).Total > 0);
        var waiting = await Check(live, forReadiness: true);
        // An expected state, not a fault: /readyz answers it with 503 (HealthEndpoints) without an error in the log.
        Assert.Equal(HealthStatus.Degraded, waiting.Status);
        Assert.StartsWith("Warming up search", waiting.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, (await Check(live, forReadiness: false)).Status);
        Assert.False(snapshot.Loading.Warmed.IsCompleted);

        gate.SetResult();
        await snapshot.Loading.Warmed;
        Assert.Equal(HealthStatus.Healthy, (await Check(live, forReadiness: true)).Status);
    }

    [Fact]
    public async Task WithoutAWarmUpAnImportIsReadyOnceRead()
    {
        var snapshot = ArchiveSnapshot.Open(_dataDir, SearchEngineOptions.Default);
        using var live = new LiveArchive(_dataDir, snapshot, NullLogger<LiveArchive>.Instance);
        await snapshot.Loading.Data;
        Assert.True(snapshot.Loading.Warmed.IsCompleted);
        Assert.Equal(HealthStatus.Healthy, (await Check(live, forReadiness: true)).Status);
    }

    [Fact]
    public async Task TheWarmUpSearchesEveryKindInTheImportsOwnTextAndFindsIt()
    {
        var snapshot = ArchiveSnapshot.Open(_dataDir, SearchEngineOptions.Default);
        using var live = new LiveArchive(_dataDir, snapshot, NullLogger<LiveArchive>.Instance);
        var searcher = await snapshot.Loading.Searcher;
        var requests = SearchWarmUp.Requests(await snapshot.Loading.Data);

        Assert.Contains(requests, r => r.Query.StartsWith('"') && r.Query.Split(' ').Length == 3);
        Assert.Contains(requests, r => r.Query.StartsWith('"') && r.Query.Split(' ').Length == 8);
        Assert.Contains(requests, r => !r.Query.StartsWith('"') && r.Query.Split(' ').Length == 8);
        Assert.Contains(requests, r => r.From is not null && r.To is not null);
        Assert.Contains(requests, r => r.Sort == SearchSort.Newest);
        Assert.Contains(requests, r => r.Page == 2);
        Assert.All(requests.Where(r => r.Page == 1), r => Assert.True(searcher.Search(r).Total > 0, r.Query));
    }

    private static Task<HealthCheckResult> Check(LiveArchive live, bool forReadiness) =>
        new ArchiveHealthCheck(live, forReadiness).CheckHealthAsync(new HealthCheckContext());

    public void Dispose() => _temp.Dispose();
}
