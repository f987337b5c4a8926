using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Archive.Web.Hosting;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto, believed only from the proxies listed in <c>Archive:Proxies</c>
/// (addresses such as <c>127.0.0.1</c> or networks such as <c>10.0.0.0/8</c>). With none listed the
/// headers are ignored: the framework would otherwise believe them from any client, and a client
/// could then name any address to the per-client limit (<see cref="RateLimits"/>). The host is never
/// taken from a header: the public address is configured (<see cref="PublicAddress"/>).
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "Archive:Proxies";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var entries = configuration.GetSection(Setting).Get<string[]>() ?? [];
        var proxies = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in entries.Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                proxies.Add(address);
            }
            else
            {
                throw new InvalidOperationException($"{Setting} lists '{entry}', which is neither an IP address nor a network such as 10.0.0.0/8.");
            }
        }
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            if (proxies.Count + networks.Count == 0)
            {
                options.ForwardedHeaders = ForwardedHeaders.None;
                return;
            }
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Hops are read from the right while each is a listed proxy: a CDN in front of nginx is two.
            options.ForwardLimit = null;
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app) => app.UseForwardedHeaders();
}
