using Archive.Import;
using Archive.Tests;
using Microsoft.AspNetCore.Hosting;

namespace Archive.Web.Tests.Crawl;

/// <summary>
/// The site over both real corpora (kremlin-en-html and miller-center-txt, 5,505 transcripts) and the
/// repository's pages, imported once from a content folder of links to them, as a person would lay it out.
/// </summary>
public sealed class BothCorporaSiteFactory : DataSiteFactory
{
    private readonly TempDir _temp;

    public BothCorporaSiteFactory() : this(new TempDir())
    {
    }

    private BothCorporaSiteFactory(TempDir temp) : base(temp.Combine("out"))
    {
        _temp = temp;
        Directory.CreateDirectory(temp.Combine("content", "transcripts"));
        Directory.CreateSymbolicLink(temp.Combine("content", "transcripts", "kremlin"), Path.Combine(RepoPaths.Corpus, "kremlin-en-html", "news"));
        Directory.CreateSymbolicLink(temp.Combine("content", "transcripts", "miller"), Path.Combine(RepoPaths.Corpus, "miller-center-txt", "data"));
        Directory.CreateSymbolicLink(temp.Combine("content", "pages"), Path.Combine(RepoPaths.Content, "pages"));
        Report = new ContentImporter(new ImportOptions(temp.Combine("content"), DataDir), TextWriter.Null).Run();
        if (Report.Problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join('\n', Report.Problems));
        }
    }

    public ImportReport Report { get; }

    /// <summary>Imported in the fixture, for the test to show.</summary>
    public TimeSpan ImportTime => Report.Elapsed;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A line per request would be some 27,000 lines of test output.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
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
