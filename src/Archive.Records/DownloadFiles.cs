namespace Archive.Records;

/// <summary>File names inside <see cref="DataLayout.Downloads"/>: the archive as people download it.</summary>
public static class DownloadFiles
{
    /// <summary><see cref="DataLayout.Records"/>, gzip-compressed: decompressed, it is the same bytes, so catalog offsets hold.</summary>
    public const string Records = "records.jsonl.gz";
    public const string Catalog = "catalog.json.gz";
    public const string Collections = "collections.json";
    /// <summary>A JSON Schema of one line of the records file, generated from <see cref="Transcript"/>.</summary>
    public const string RecordSchema = "record.schema.json";
    /// <summary>The files' SHA-256 sums in the form <c>sha256sum -c</c> reads.</summary>
    public const string Checksums = "SHA256SUMS";
    /// <summary>The list of files with sizes and sums (<see cref="DownloadsManifest"/>).</summary>
    public const string Manifest = "manifest.json";
}
