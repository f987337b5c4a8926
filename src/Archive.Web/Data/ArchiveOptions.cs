namespace Archive.Web.Data;

public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>The imported folder (records, index, catalog, manifest, pages): the importer's output link, or an old-style folder.</summary>
    public string Data { get; set; } = "";

    /// <summary>How often the output link is checked for a new import, besides the file-system watcher.</summary>
    public int CheckSeconds { get; set; } = 5;
}
