using Archive.Import;
using Archive.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Web.Tests;

/// <summary>The site over a fixture folder imported from the repository's content (the seed and the pages).</summary>
public sealed class ArchiveSiteFactory : WebApplicationFactory<Program>
{
    private readonly TempDir _temp = new();

    public ArchiveSiteFactory()
    {
        var report = new ContentImporter(new ImportOptions(RepoPaths.Content, DataDir), TextWriter.Null).Run();
        if (report.Problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join('\n', report.Problems));
        }
    }

    public string DataDir => _temp.Combine("site");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Archive:Data", DataDir);
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _temp.Dispose();
        }
    }
}
