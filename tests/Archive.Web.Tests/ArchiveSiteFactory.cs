using Archive.Import;
using Archive.Tests;

namespace Archive.Web.Tests;

/// <summary>The site over a fixture folder imported from the repository's content (the seed and the pages).</summary>
public sealed class ArchiveSiteFactory : DataSiteFactory
{
    private readonly TempDir _temp;

    public ArchiveSiteFactory() : this(new TempDir())
    {
    }

    private ArchiveSiteFactory(TempDir temp) : base(temp.Combine("site"))
    {
        _temp = temp;
        var report = new ContentImporter(new ImportOptions(RepoPaths.Content, DataDir), TextWriter.Null).Run();
        if (report.Problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join('\n', report.Problems));
        }
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
