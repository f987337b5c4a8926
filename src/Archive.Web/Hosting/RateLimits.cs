using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.StaticAssets;

namespace Archive.Web.Hosting;

/// <summary>
/// Load shedding. Searches (and exports) take a turn from one concurrency limiter with a short queue
/// (<see cref="Search"/>, a named policy any endpoint can attach; by default one turn fewer than there are
/// cores); each client, by address, has a token bucket for everything else the site must work for. Past either, a fast 429 with
/// Retry-After: a page for people, problem+json under <c>/api</c> (<see cref="Refusals"/>). The limiter sits after the output
/// cache (Program.cs), so a page the cache holds is answered at its usual speed whatever the load.
/// </summary>
public static class RateLimits
{
    /// <summary>The policy of searches and exports: <c>.RequireRateLimiting(RateLimits.Search)</c>.</summary>
    public const string Search = "search";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(LimitOptions.Section).Get<LimitOptions>() ?? new LimitOptions();
        if (limits.Searches < 1 || limits.SearchQueue < 0 || limits.ClientBurst < 0 || (limits.ClientBurst > 0 && limits.ClientRequestsPerMinute < 1))
        {
            throw new InvalidOperationException($"{LimitOptions.Section}: Searches must be at least 1, SearchQueue and ClientBurst at least 0, ClientRequestsPerMinute at least 1.");
        }
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddConcurrencyLimiter(Search, o =>
            {
                o.PermitLimit = limits.Searches;
                o.QueueLimit = limits.SearchQueue;
                o.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                limits.ClientBurst > 0 && !IsStaticAsset(context) && ClientKey(context.Connection.RemoteIpAddress) is { } client
                    ? RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = limits.ClientBurst,
                        // One token at a time, evenly: 600 a minute is one every 100 ms.
                        TokensPerPeriod = 1,
                        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / limits.ClientRequestsPerMinute,
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = Refused;
        });
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AddPageApplicationModelConvention("/Search", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(Search)));
            // The error page is what a refusal shows; it is never itself refused.
            options.Conventions.AddPageApplicationModelConvention("/Error", page => page.EndpointMetadata.Add(new DisableRateLimitingAttribute()));
        });
        return services;
    }

    public static IApplicationBuilder UseRateLimits(this IApplicationBuilder app) => app.UseRateLimiter();

    /// <summary>
    /// A client is an IPv4 address or an IPv6 /64 (one household or server has a whole /64 to pick from).
    /// A request with no address (an in-process test host, a Unix socket without a trusted proxy) has no per-client limit.
    /// </summary>
    internal static string? ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static bool IsStaticAsset(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

    private static ValueTask Refused(OnRejectedContext context, CancellationToken cancellationToken)
    {
        // The token bucket knows when the client's next request will be let in; a full search queue does not, and a second is about a search's length.
        var perClient = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter);
        var seconds = perClient ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        return new ValueTask(Refusals.Write(context.HttpContext, perClient, seconds, cancellationToken));
    }
}
