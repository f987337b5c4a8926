namespace Archive.Records;

/// <summary>Where a record came from: the file relative to the content folder, its hash and the reader that took it.</summary>
public sealed record Provenance
{
    public required string File { get; init; }
    public required string Sha256 { get; init; }
    public required string Format { get; init; }
}
