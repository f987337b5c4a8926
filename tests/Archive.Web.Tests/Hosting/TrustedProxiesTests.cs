using System.Net;
using Microsoft.AspNetCore.Http;

namespace Archive.Web.Tests.Hosting;

/// <summary>
/// The per-client limit (one request a minute, in a burst of one, here) is keyed by the forwarded address only
/// when the request comes from a listed proxy; from anyone else the header is ignored.
/// </summary>
public sealed class TrustedProxiesTests : IDisposable
{
    private static readonly IPAddress Proxy = IPAddress.Parse("203.0.113.5");
    private static readonly IPAddress Stranger = IPAddress.Parse("198.51.100.99");
    private readonly SettingsSiteFactory _site = new(new Dictionary<string, string>
    {
        ["Archive:Proxies:0"] = "203.0.113.5",
        ["Archive:Proxies:1"] = "10.0.0.0/8",
        ["Archive:Limits:ClientBurst"] = "1",
        ["Archive:Limits:ClientRequestsPerMinute"] = "1",
    });

    public TrustedProxiesTests() => _site.CreateClient().Dispose();

    [Fact]
    public async Task ClientsBehindAListedProxyAreLimitedEachByItsOwnAddress()
    {
        Assert.Equal(200, await Get(Proxy, "192.0.2.1"));
        Assert.Equal(200, await Get(Proxy, "192.0.2.2"));
        Assert.Equal(429, await Get(Proxy, "192.0.2.1"));
    }

    [Fact]
    public async Task HopsThroughListedProxiesAreFollowedToTheClient()
    {
        Assert.Equal(200, await Get(Proxy, "192.0.2.3, 10.1.2.3"));
        Assert.Equal(429, await Get(Proxy, "192.0.2.3, 10.9.9.9"));
    }

    [Fact]
    public async Task AForwardedAddressFromAnUnlistedPeerIsIgnored()
    {
        Assert.Equal(200, await Get(Stranger, "192.0.2.4"));
        // Another forwarded address, but the same peer: the same client.
        Assert.Equal(429, await Get(Stranger, "192.0.2.5"));
    }

    [Fact]
    public async Task ARefusedClientIsToldWhenToComeBack()
    {
        await Get(Proxy, "192.0.2.6");
        var context = await Send(Proxy, "192.0.2.6");

        Assert.Equal(429, context.Response.StatusCode);
        Assert.True(int.Parse(context.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    private async Task<int> Get(IPAddress peer, string forwardedFor) => (await Send(peer, forwardedFor)).Response.StatusCode;

    /// <summary>An uncached page (a parameter no page reads), so that the request reaches the limiter.</summary>
    private Task<HttpContext> Send(IPAddress peer, string forwardedFor) => _site.Server.SendAsync(context =>
    {
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = "/years";
        context.Request.QueryString = new QueryString("?uncached=" + Guid.NewGuid().ToString("N"));
        context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        context.Connection.RemoteIpAddress = peer;
    });

    public void Dispose() => _site.Dispose();
}
