using Archive.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Archive.Web.Health;

/// <summary>
/// The state of the import being served. Ready (<c>/readyz</c>) only when its catalog is read, its
/// index is open and has met no damaged file, and the warm-up searches have run (<see cref="SearchWarmUp"/>); live (<c>/healthz</c>) whenever the process answers, but
/// degraded, with the reason, when search is unavailable. Not ready yet (reading, warming up) is
/// Degraded, an expected state on every start, which <c>/readyz</c> answers with 503 as it answers a
/// fault (Unhealthy), but which is not logged as an error on each of a load balancer's probes.
/// </summary>
internal sealed class ArchiveHealthCheck(LiveArchive live, bool forReadiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = live.Current;
        var loading = snapshot.Loading;
        var version = Path.GetFileName(snapshot.DataDir);
        var data = new Dictionary<string, object>
        {
            ["import"] = version,
            ["builtAt"] = snapshot.Manifest.BuiltAt,
        };
        HealthCheckResult result;
        if (loading.Data.IsFaulted)
        {
            result = HealthCheckResult.Unhealthy($"The catalog of {version} cannot be read.", loading.Data.Exception, data);
        }
        else if (!loading.Data.IsCompleted || !loading.Searcher.IsCompleted)
        {
            result = forReadiness
                ? HealthCheckResult.Degraded($"Reading {version}.", data: data)
                : HealthCheckResult.Healthy($"Reading {version}.", data);
        }
        else if (forReadiness && !loading.Warmed.IsCompleted)
        {
            result = HealthCheckResult.Degraded($"Warming up search on {version}.", data: data);
        }
        else if (snapshot.SearchProblem is { } problem)
        {
            var message = $"Serving {version} without search: {problem}";
            result = forReadiness ? HealthCheckResult.Unhealthy(message, data: data) : HealthCheckResult.Degraded(message, data: data);
        }
        else
        {
            result = HealthCheckResult.Healthy($"Serving {version}: {loading.Data.Result.Catalog.Count} transcripts, {loading.Searcher.Result.ParagraphCount} searchable paragraphs.", data);
        }
        return Task.FromResult(result);
    }
}
