namespace Archive.Records;

/// <summary><c>manifest.json</c>: what one import produced and when.</summary>
public sealed record Manifest
{
    public int Schema { get; init; } = RecordSchema.Version;
    public required string ImporterVersion { get; init; }
    public required DateTimeOffset BuiltAt { get; init; }
    public required int Transcripts { get; init; }
    public required int Paragraphs { get; init; }
    public required int SpeakerTurns { get; init; }
    public required int Warnings { get; init; }
}
