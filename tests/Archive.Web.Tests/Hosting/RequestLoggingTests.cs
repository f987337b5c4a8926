using System.Text.Json;
using Archive.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Archive.Web.Tests.Hosting;

/// <summary>One event per request, with the method, the path cut short, the status, the time and whether the output cache answered.</summary>
public sealed class RequestLoggingTests : IDisposable
{
    private readonly CollectingSink _sink = new();
    private readonly SettingsSiteFactory _site;
    private readonly HttpClient _client;

    public RequestLoggingTests()
    {
        _site = new SettingsSiteFactory(new Dictionary<string, string>(), services => services.AddSingleton<ILogEventSink>(_sink));
        _client = _site.CreateClient();
    }

    [Fact]
    public async Task EachRequestIsOneEventThatSaysWhetherTheOutputCacheAnswered()
    {
        (await _client.GetAsync(new Uri("/years?from=log-test", UriKind.Relative))).Dispose();
        (await _client.GetAsync(new Uri("/years", UriKind.Relative))).Dispose();
        (await _client.GetAsync(new Uri("/years", UriKind.Relative))).Dispose();

        var events = _sink.Requests().Where(e => Scalar(e, "RequestPath") is "/years").ToList();

        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal("GET", Scalar(e, "RequestMethod")));
        Assert.All(events, e => Assert.Equal(200, Scalar(e, "StatusCode")));
        Assert.All(events, e => Assert.IsType<double>(Scalar(e, "Elapsed")));
        Assert.Equal([false, false, true], events.Select(e => Scalar(e, "FromCache")));
        // The query holds what people search for: it is never logged.
        Assert.DoesNotContain(events, e => e.RenderMessage(null).Contains("log-test", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALongPathIsLoggedCutShortWithItsLength()
    {
        var path = "/" + new string('x', 1_999);

        (await _client.GetAsync(new Uri(path, UriKind.Relative))).Dispose();

        var logged = (string)Scalar(_sink.Requests().Single(e => ((string)Scalar(e, "RequestPath")!).StartsWith("/xxx", StringComparison.Ordinal)), "RequestPath")!;
        Assert.StartsWith(path[..RequestLogging.MaxPathLength], logged, StringComparison.Ordinal);
        Assert.EndsWith("… (2000 characters)", logged, StringComparison.Ordinal);
        Assert.True(logged.Length < RequestLogging.MaxPathLength + 30);
    }

    [Fact]
    public async Task TheJsonFormIsOneObjectALineWithEachPropertyByName()
    {
        (await _client.GetAsync(new Uri("/api/no-such-endpoint", UriKind.Relative))).Dispose();
        var logEvent = _sink.Requests().Single(e => Scalar(e, "RequestPath") is "/api/no-such-endpoint");

        using var writer = new StringWriter();
        RequestLogging.JsonFormatter.Format(logEvent, writer);
        var line = writer.ToString();

        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("GET", json.RootElement.GetProperty("RequestMethod").GetString());
        Assert.Equal(404, json.RootElement.GetProperty("StatusCode").GetInt32());
        Assert.False(json.RootElement.GetProperty("FromCache").GetBoolean());
        Assert.Contains("/api/no-such-endpoint", json.RootElement.GetProperty("@m").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search", 200, false, LogEventLevel.Information)]
    [InlineData("/search", 404, false, LogEventLevel.Information)]
    [InlineData("/search", 500, false, LogEventLevel.Error)]
    [InlineData("/search", 503, false, LogEventLevel.Error)]
    [InlineData("/readyz", 503, false, LogEventLevel.Information)]
    [InlineData("/healthz", 503, false, LogEventLevel.Information)]
    [InlineData("/readyz", 200, true, LogEventLevel.Error)]
    public void AFailedRequestIsAnErrorButAProbesNotReadyIsNot(string path, int status, bool threw, LogEventLevel expected)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Path = path;
        context.Response.StatusCode = status;

        Assert.Equal(expected, RequestLogging.LevelOf(context, 1.0, threw ? new InvalidOperationException() : null));
    }

    [Fact]
    public void AnUnknownLogFormatIsRefusedWithTheSettingsName()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(RequestLogging.FormatSetting, "xml")]).Build();

        var e = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddArchiveLogging(configuration));

        Assert.Contains(RequestLogging.FormatSetting, e.Message, StringComparison.Ordinal);
    }

    private static object? Scalar(LogEvent e, string name) =>
        e.Properties.TryGetValue(name, out var value) && value is ScalarValue scalar ? scalar.Value : null;

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }
}
