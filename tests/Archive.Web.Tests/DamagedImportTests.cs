using Archive.Import;
using Archive.Records;
using Archive.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Archive.Web.Tests;

/// <summary>The catalog and the index are read while the site starts; if either cannot be, the site stops instead of serving errors.</summary>
public sealed class DamagedImportTests
{
    [Theory]
    [InlineData(DataLayout.Catalog)]
    [InlineData(DataLayout.Index)]
    public async Task ASiteWhoseImportCannotBeReadStopsItself(string damaged)
    {
        using var temp = new TempDir();
        var dataDir = temp.Combine("site");
        var report = new ContentImporter(new ImportOptions(RepoPaths.Content, dataDir), TextWriter.Null).Run();
        Assert.Empty(report.Problems);
        var path = Path.Combine(dataDir, damaged);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.WriteAllText(path, "[{ not json");
        }

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

    [Fact]
    public async Task AGoodImportIsServedWithoutStopping()
    {
        using var site = new ArchiveSiteFactory();
        var lifetime = site.Services.GetRequiredService<IHostApplicationLifetime>();
        using var client = site.CreateClient();
        using var search = await client.GetAsync(new Uri("/api/search?q=Belarus", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, search.StatusCode);
        using var page = await client.GetAsync(new Uri("/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested);
    }
}
