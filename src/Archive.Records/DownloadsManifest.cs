namespace Archive.Records;

/// <summary><c>downloads/manifest.json</c>: every file of the download, with its size and SHA-256, and what import made them.</summary>
public sealed record DownloadsManifest
{
    public int Schema { get; init; } = Records.RecordSchema.Version;
    public required DateTimeOffset BuiltAt { get; init; }
    public required int Transcripts { get; init; }
    public required int Paragraphs { get; init; }
    /// <summary>The name of the JSON Schema of a record among <see cref="Files"/>.</summary>
    public required string RecordSchema { get; init; }
    public required IReadOnlyList<DownloadFile> Files { get; init; }

    public DownloadFile? Find(string name) => Files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
