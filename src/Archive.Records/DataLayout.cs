namespace Archive.Records;

/// <summary>File names inside an imported folder (the importer's output, the site's input).</summary>
public static class DataLayout
{
    /// <summary>Every full record, one per line (see <see cref="RecordsFile"/>).</summary>
    public const string Records = "records.jsonl";
    public const string Index = "index";
    public const string Manifest = "manifest.json";
    public const string Catalog = "catalog.json";
    /// <summary>The collections the records belong to, with publisher and licence (<see cref="CollectionInfo"/>).</summary>
    public const string Collections = "collections.json";
    /// <summary>Markdown pages (about, help) copied from <c>content/pages</c>.</summary>
    public const string Pages = "pages";
    /// <summary>The whole archive as files to download, with their own manifest (<see cref="DownloadsManifest"/>).</summary>
    public const string Downloads = "downloads";
}
