using System.Net;
using Archive.Import;
using Archive.Search;
using Archive.Tests;
using Archive.Web.Data;
using Archive.Web.Tests.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Archive.Web.Tests.Health;

/// <summary>
/// While the warm-up searches run, <c>/readyz</c> says "not yet" (503, Degraded) and <c>/healthz</c> says
/// alive, and the log holds no error for it: every start goes through this state, probed every second.
/// </summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task WhileWarmingUpReadyzAnswers503WithoutAnErrorInTheLog()
    {
        using var temp = new TempDir();
        var dataDir = temp.Combine("site");
        Assert.Empty(new ContentImporter(new ImportOptions(RepoPaths.Content, dataDir), TextWriter.Null).Run().Problems);
        var gate = new TaskCompletionSource();
        var sink = new CollectingSink();
        // With the public address set, the site logs no warning of its own at start.
        using var site = new DataSiteFactory(dataDir).WithWebHostBuilder(builder => builder.UseSetting("Archive:PublicUrl", "https://archive.example").ConfigureTestServices(services =>
        {
            services.AddSingleton<ILogEventSink>(sink);
            // The import served, with a warm-up that waits for the test.
            services.AddSingleton(provider => new LiveArchive(
                dataDir,
                ArchiveSnapshot.Open(dataDir, SearchEngineOptions.Default, new SearchWarmUp(20) { Gate = gate.Task }),
                provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<LiveArchive>>()));
        }));
        using var client = site.CreateClient();
        var live = site.Services.GetRequiredService<LiveArchive>();
        await live.Current.Loading.Searcher;
        await live.Current.Loading.Data;

        for (var probe = 0; probe < 3; probe++)
        {
            using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.StartsWith("Degraded\nWarming up search", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var alive = await client.GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        }
        Assert.Contains(sink.Requests(), e => e.Properties["StatusCode"].ToString() == "503");
        var warnings = sink.Events().Where(e => e.Level >= LogEventLevel.Warning).Select(e => e.RenderMessage(null)).ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));

        gate.SetResult();
        await live.Current.Loading.Warmed;
        using var warmed = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, warmed.StatusCode);
    }
}
