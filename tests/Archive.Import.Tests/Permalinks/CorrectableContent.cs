using Archive.Records;
using Archive.Tests;

namespace Archive.Import.Tests.Permalinks;

/// <summary>A content folder with one plain-text transcript that a test corrects and imports again.</summary>
internal sealed class CorrectableContent : IDisposable
{
    public const string File = "transcripts/talk.txt";
    private readonly TempDir _temp = new();

    public CorrectableContent()
    {
        // An empty ledger in the content folder: the archive's own content commits one.
        _temp.Write("content/" + PermalinkLedgerName, "");
    }

    public const string PermalinkLedgerName = "permalinks.tsv";

    public static string[] Original { get; } =
    [
        "Good afternoon, colleagues, and welcome to the annual meeting of the council.",
        "We have gathered here to discuss the results of the past year in detail.",
        "The harvest was the largest in a decade, and exports grew by a fifth.",
        "Our railways carried more freight than ever, yet the roads need repair before winter.",
        "I ask the ministers to report on the housing programme by the end of March.",
        "Thank you for your attention; let us now hear the first report of the day.",
    ];

    public string ContentDir => _temp.Combine("content");
    public string OutDir => _temp.Combine("out");
    public string LedgerPath => _temp.Combine("content", PermalinkLedgerName);

    public void Write(IEnumerable<string> paragraphs, string title = "Meeting of the council") =>
        _temp.Write("content/" + File, $"{title}\n\nPresident of Russia | March 3, 2015\n\n{string.Join("\n\n", paragraphs)}\n");

    public ImportReport Import(string? outDir = null) =>
        new ContentImporter(new ImportOptions(ContentDir, outDir ?? OutDir), TextWriter.Null).Run();

    public Transcript Record(string? outDir = null)
    {
        var dir = outDir ?? OutDir;
        using var catalog = System.IO.File.OpenRead(Path.Combine(dir, DataLayout.Catalog));
        var id = RecordJson.ReadCatalog(catalog).Single().Id;
        return RecordsFile.ReadById(dir, id) ?? throw new KeyNotFoundException(id);
    }

    public string TempPath(string name) => _temp.Combine(name);

    public void Dispose() => _temp.Dispose();
}
