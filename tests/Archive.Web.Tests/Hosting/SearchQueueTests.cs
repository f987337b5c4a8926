using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Hosting;

/// <summary>
/// The search limiter's queue is bounded: with one search running and room for one to wait, a further search is
/// refused at once, while the one waiting is answered when the turn comes.
/// </summary>
public sealed class SearchQueueTests : IDisposable
{
    private readonly HeldSearches _held = new();
    private readonly SettingsSiteFactory _site;
    private readonly HttpClient _client;

    public SearchQueueTests()
    {
        _site = new SettingsSiteFactory(
            new Dictionary<string, string> { ["Archive:Limits:Searches"] = "1", ["Archive:Limits:SearchQueue"] = "1" },
            services => services.Configure<MvcOptions>(options => options.Filters.Add(_held)));
        _client = _site.CreateClient();
    }

    [Fact]
    public async Task PastTheSearchRunningAndTheOneWaitingASearchIsRefusedWhileTheWaitingOneIsAnsweredInTurn()
    {
        var holding = await _held.HoldOneSearch(_client);

        var second = _client.GetAsync(new Uri("/api/search?q=security", UriKind.Relative));
        var third = _client.GetAsync(new Uri("/api/search?q=belarus", UriKind.Relative));
        // While the held search keeps the only turn, a search can finish only by being refused: the first to finish.
        var first = await Task.WhenAny(second, third).WaitAsync(TimeSpan.FromSeconds(30));
        var waiting = first == second ? third : second;

        using (var refused = await first)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
            Assert.Equal("no-store", refused.Headers.CacheControl?.ToString());
        }
        Assert.False(waiting.IsCompleted);
        _held.Release();
        using var answered = await waiting;
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        (await holding).Dispose();
    }

    public void Dispose()
    {
        _held.Release();
        _client.Dispose();
        _site.Dispose();
    }
}
