using System.Net;
using System.Text.Json;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Hosting;

/// <summary>
/// One search at a time and none waiting: a search page held open inside the limiter (by a filter that
/// waits for the test) takes the only turn, and every other search is refused at once.
/// </summary>
public sealed class RateLimitsTests : IDisposable
{
    private const string Seed = "/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states";
    private readonly HeldSearches _held = new();
    private readonly SettingsSiteFactory _site;
    private readonly HttpClient _client;

    public RateLimitsTests()
    {
        _site = new SettingsSiteFactory(
            new Dictionary<string, string> { ["Archive:Limits:Searches"] = "1", ["Archive:Limits:SearchQueue"] = "0" },
            services => services.Configure<MvcOptions>(options => options.Filters.Add(_held)));
        _client = _site.CreateClient();
    }

    [Fact]
    public async Task WithEverySearchTurnTakenASearchIsRefusedAtOnceAsProblemJsonWithRetryAfter()
    {
        var holding = await _held.HoldOneSearch(_client);

        using var refused = await _client.GetAsync(new Uri("/api/search?q=security", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        using var json = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("searches", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

        _held.Release();
        using var held = await holding;
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
    }

    [Fact]
    public async Task WithEverySearchTurnTakenTheSearchPageSaysSoWithRetryAfter()
    {
        var holding = await _held.HoldOneSearch(_client);

        using var refused = await _client.GetAsync(new Uri("/search?q=afghanistan", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("<h1>Too many requests</h1>", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        _held.Release();
        (await holding).Dispose();
    }

    [Fact]
    public async Task WithEverySearchTurnTakenPagesAndSearchesTheCacheHoldsAreStillAnswered()
    {
        using var first = await _client.GetAsync(new Uri("/search?q=belarus", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var holding = await _held.HoldOneSearch(_client);

        using var cachedSearch = await _client.GetAsync(new Uri("/search?q=belarus", UriKind.Relative));
        using var transcript = await _client.GetAsync(new Uri(Seed, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, cachedSearch.StatusCode);
        Assert.NotNull(cachedSearch.Headers.Age);
        Assert.Equal(HttpStatusCode.OK, transcript.StatusCode);
        _held.Release();
        (await holding).Dispose();
    }

    [Theory]
    [InlineData("192.0.2.10", "192.0.2.10")]
    [InlineData("::ffff:192.0.2.10", "192.0.2.10")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff::1", "2001:db8:1:2::/64")]
    public void AClientIsItsIPv4AddressOrItsIPv6Slash64(string address, string key) =>
        Assert.Equal(key, RateLimits.ClientKey(IPAddress.Parse(address)));

    public void Dispose()
    {
        _held.Release();
        _client.Dispose();
        _site.Dispose();
    }
}
