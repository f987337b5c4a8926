using System.Net;
using System.Text.Json;
using Archive.Import;
using Archive.Records;
using Archive.Tests;
using Archive.Web.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Archive.Web.Tests;

/// <summary>
/// A site whose catalog cannot be read stops, with the reason; one whose index is missing or damaged,
/// at start or later, serves every page but search, and search answers 503 (HTML and JSON), never 500.
/// </summary>
public sealed class DamagedImportTests
{
    private const string TranscriptUrl = "/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states";
    private static readonly string[] PagesWithoutSearch = [TranscriptUrl, "/", "/years", "/2014", "/2014/07", "/speakers", "/venues", "/about", "/api/years", "/api/transcripts"];

    private static string ImportSeed(TempDir temp)
    {
        var dataDir = temp.Combine("site");
        var report = new ContentImporter(new ImportOptions(RepoPaths.Content, dataDir), TextWriter.Null).Run();
        Assert.Empty(report.Problems);
        return dataDir;
    }

    [Fact]
    public async Task ASiteWhoseCatalogCannotBeReadStopsItself()
    {
        using var temp = new TempDir();
        var dataDir = ImportSeed(temp);
        File.WriteAllText(Path.Combine(dataDir, DataLayout.Catalog), "[{ not json");

        var exitCode = Environment.ExitCode;
        try
        {
            using var site = new DataSiteFactory(dataDir);
            try
            {
                var lifetime = site.Services.GetRequiredService<IHostApplicationLifetime>();
                var stopping = new TaskCompletionSource();
                lifetime.ApplicationStopping.Register(stopping.SetResult);
                await stopping.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (ObjectDisposedException)
            {
                // The host stopped before the test could even look at it.
            }
            Assert.Equal(1, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = exitCode;
        }
    }

    public static TheoryData<string> Damages => ["index folder deleted", "segments file deleted", "every file truncated", "every file zeroed"];

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task WithoutAReadableIndexEveryPageButSearchServes(string damage)
    {
        using var temp = new TempDir();
        var dataDir = ImportSeed(temp);
        var index = Path.Combine(dataDir, DataLayout.Index);
        switch (damage)
        {
            case "index folder deleted":
                Directory.Delete(index, recursive: true);
                break;
            case "segments file deleted":
                foreach (var file in Directory.GetFiles(index, "segments*", SearchOption.AllDirectories))
                {
                    File.Delete(file);
                }
                break;
            default:
                foreach (var file in Directory.GetFiles(index, "*", SearchOption.AllDirectories))
                {
                    var bytes = File.ReadAllBytes(file);
                    File.WriteAllBytes(file, damage == "every file zeroed" ? new byte[bytes.Length] : bytes[..(bytes.Length / 2)]);
                }
                break;
        }

        using var site = new DataSiteFactory(dataDir);
        using var client = site.CreateClient();

        foreach (var url in PagesWithoutSearch)
        {
            using var page = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{url}: {page.StatusCode}");
        }
        await AssertSearchRefused(client, "Belarus");
        var (health, report) = await Get(client, "/healthz");
        Assert.Equal(HttpStatusCode.OK, health);
        Assert.StartsWith("Degraded\n", report, StringComparison.Ordinal);
        // It names what could not be read.
        Assert.Contains("without search: ", report, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await Get(client, "/readyz")).Status);
    }

    [Fact]
    public async Task ADamagedFileMetAfterStartAnswers503NotA500()
    {
        using var temp = new TempDir();
        var dataDir = ImportSeed(temp);
        using var site = new DataSiteFactory(dataDir);
        using var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/api/search?q=Belarus")).Status);
        await site.Services.GetRequiredService<LiveArchive>().Current.Loading.Warmed;
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/readyz")).Status);

        // The files the site has open, cut short under it (a disk error, a careless copy).
        foreach (var file in Directory.GetFiles(Path.Combine(dataDir, DataLayout.Index), "*", SearchOption.AllDirectories))
        {
            if (Path.GetExtension(file) is ".tim" or ".doc" or ".pos" or ".fdt" or ".dvd")
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
                stream.SetLength(0);
            }
        }

        // Parts of a small index that a search thread read before are still in its buffers, so a
        // search may yet be answered; what may not happen is a 500.
        var refused = 0;
        foreach (var query in new[] { "security", "\"intelligence services\"", "Russia OR Belarus", "terrorism", "cooperation -drugs", "extremism", "borders", "Commonwealth" })
        {
            foreach (var url in new[] { "/search?q=", "/api/search?q=" })
            {
                using var response = await client.GetAsync(new Uri(url + Uri.EscapeDataString(query), UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    Assert.Contains("Search is unavailable", body, StringComparison.Ordinal);
                    Assert.NotNull(response.Headers.RetryAfter);
                    refused++;
                }
                else
                {
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                }
            }
        }
        Assert.NotEqual(0, refused);
        Assert.Equal(HttpStatusCode.OK, (await Get(client, TranscriptUrl)).Status);
        var (_, report) = await Get(client, "/healthz");
        Assert.StartsWith("Degraded\n", report, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await Get(client, "/readyz")).Status);
    }

    [Fact]
    public async Task AGoodImportIsServedAndReportedReady()
    {
        using var site = new ArchiveSiteFactory();
        var lifetime = site.Services.GetRequiredService<IHostApplicationLifetime>();
        using var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/api/search?q=Belarus")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Get(client, TranscriptUrl)).Status);
        var (live, report) = await Get(client, "/healthz");
        Assert.Equal(HttpStatusCode.OK, live);
        Assert.StartsWith("Healthy\nServing ", report, StringComparison.Ordinal);
        await site.Services.GetRequiredService<LiveArchive>().Current.Loading.Warmed;
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/readyz")).Status);
        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested);
    }

    private static async Task AssertSearchRefused(HttpClient client, string query)
    {
        using var html = await client.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, html.StatusCode);
        Assert.NotNull(html.Headers.RetryAfter);
        Assert.Contains("Search is unavailable", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var json = await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, json.StatusCode);
        using var body = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.StartsWith("Search is unavailable", body.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Body)> Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
