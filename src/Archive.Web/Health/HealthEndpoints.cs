using System.Text;
using Archive.Web.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Archive.Web.Health;

/// <summary>
/// <c>/healthz</c> (is the process alive: 200, "Degraded" with the reason when search is unavailable)
/// and <c>/readyz</c> (may it take traffic: 503 "Degraded" until the import is read and warmed up, 503
/// "Unhealthy" while search is unavailable), for a load balancer; and the time a stopping site gives
/// requests in flight. Each probe is one request event at Information; a check that finds a fault
/// (Unhealthy) is logged at Error by the framework's health check service.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>
    /// On SIGTERM (systemd stop, Ctrl+C) the server stops accepting connections and lets the requests
    /// in flight finish for up to this long before it exits. The slowest request is a search stopped
    /// at two seconds or the longest transcript sent to a slow client; 30 s is the framework's own
    /// default since .NET 6, set here so that deploy/archive-web.service can rely on it.
    /// </summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddArchiveHealth(this IServiceCollection services)
    {
        services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);
        services.AddHealthChecks()
            .Add(new HealthCheckRegistration("archive", p => new ArchiveHealthCheck(p.GetRequiredService<LiveArchive>(), forReadiness: false), null, ["live"]))
            .Add(new HealthCheckRegistration("archive-ready", p => new ArchiveHealthCheck(p.GetRequiredService<LiveArchive>(), forReadiness: true), null, ["ready"]));
        return services;
    }

    public static IEndpointRouteBuilder MapArchiveHealth(this IEndpointRouteBuilder app)
    {
        Map(app, "/healthz", "live", degraded: StatusCodes.Status200OK);
        Map(app, "/readyz", "ready", degraded: StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    /// <summary>The paths of the probes, whose 503 is an answer, not a failure of the request (<see cref="Hosting.RequestLogging"/>).</summary>
    internal static readonly string[] Paths = ["/healthz", "/readyz"];

    private static void Map(IEndpointRouteBuilder app, string path, string tag, int degraded) =>
        app.MapHealthChecks(path, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(tag),
            ResponseWriter = WritePlainText,
            // Degraded is alive (search unavailable) but not ready (reading, warming up); /readyz reports
            // search unavailable as Unhealthy, so that a load balancer prefers a replica that can search.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = degraded,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        })
        // The answer changes without a new import: never kept, never answered with a 304.
        .WithMetadata(new OutputCacheAttribute { NoStore = true })
        // A load balancer's probe is never refused as a client over its limit.
        .DisableRateLimiting();

    /// <summary>One line for the status, one per check: readable by a person and by <c>grep</c>.</summary>
    private static Task WritePlainText(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder().Append(report.Status).Append('\n');
        foreach (var (_, entry) in report.Entries)
        {
            text.Append(entry.Description).Append('\n');
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(text.ToString());
    }
}
