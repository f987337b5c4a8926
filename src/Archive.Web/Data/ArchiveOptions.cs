namespace Archive.Web.Data;

public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>The imported folder (records, index, catalog, manifest, pages): the importer's output link, or an old-style folder.</summary>
    public string Data { get; set; } = "";

    /// <summary>How often the output link is checked for a new import, besides the file-system watcher.</summary>
    public int CheckSeconds { get; set; } = 5;

    public const int DefaultWarmUpSearches = 1000;

    /// <summary>Searches run after an import is read and before <c>/readyz</c> reports it ready (<see cref="SearchWarmUp"/>); 0 runs none.</summary>
    public int WarmUpSearches { get; set; } = DefaultWarmUpSearches;
}
