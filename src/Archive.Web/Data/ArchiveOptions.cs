namespace Archive.Web.Data;

public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>The imported folder (records, index, catalog, manifest, pages).</summary>
    public string Data { get; set; } = "";
}
