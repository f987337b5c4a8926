using Archive.Import;
using Archive.Records;
using Archive.Tests;

namespace Archive.Web.Tests.Collections;

/// <summary>
/// The site over three collections: a real en.kremlin.ru page (kremlin, with its original address),
/// a real Miller Center speech (miller-center, with its address on millercenter.org) and a local
/// plain-text transcript with a section break and a cut (no address, no licence).
/// </summary>
public sealed class CollectionsSiteFactory : DataSiteFactory
{
    public const string KremlinPage = "/2018/09/09/vladimir-putin-cast-his-vote-at-mayoral-elections";
    public const string KremlinOriginal = "http://en.kremlin.ru/events/president/news/58502";
    public const string MillerPage = "/1793/03/04/second-inaugural-address";
    public const string MillerOriginal = "https://millercenter.org/the-presidency/presidential-speeches/march-4-1793-second-inaugural-address";
    public const string LocalPage = "/2016/05/12/meeting-with-librarians";

    private readonly TempDir _temp;

    public CollectionsSiteFactory() : this(new TempDir())
    {
    }

    private CollectionsSiteFactory(TempDir temp) : base(temp.Combine("out"))
    {
        _temp = temp;
        temp.Write("content/transcripts/news/58502.html", File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "kremlin-en-html", "news", "58502.html")));
        temp.Write("content/transcripts/miller/1793-03-04-second-inaugural-address.txt",
            File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "miller-center-txt", "data", "1793-03-04-second-inaugural-address.txt")));
        temp.Write("content/transcripts/librarians.txt", """
            Meeting with librarians

            City Library | May 12, 2016

            Anna Petrova: Welcome to the reading room. We open at nine.

            * * *

            Boris Ivanov: The new catalogue is finished.

            <…>

            Anna Petrova: Thank you all for coming.

            """);
        var report = new ContentImporter(new ImportOptions(temp.Combine("content"), DataDir), TextWriter.Null).Run();
        if (report.Problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join('\n', report.Problems));
        }
        CollectedImport.Apply(DataDir, t => t.Provenance.Format switch
        {
            "kremlin-html" => t with { Collection = CollectedImport.Kremlin.Id, SourceUrl = KremlinOriginal },
            "miller-center" => t with { Collection = CollectedImport.MillerCenter.Id, SourceUrl = MillerOriginal },
            _ => t with { Collection = CollectionInfo.LocalId },
        }, [CollectedImport.Kremlin, CollectedImport.MillerCenter]);
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
