using System.Text.Json.Serialization;

namespace Archive.Records;

/// <summary>The line of <c>catalog.json</c> that lists one transcript: enough to browse without opening its record.</summary>
public sealed record TranscriptSummary
{
    public required string Id { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ShortId { get; init; }
    public required string Url { get; init; }
    public required string Title { get; init; }
    public TranscriptKind Kind { get; init; } = TranscriptKind.Transcript;
    public required DateOnly Date { get; init; }
    // Sources, venues and speakers repeat across thousands of transcripts: read as shared instances.
    [JsonConverter(typeof(InternedStringConverter))]
    public required string Source { get; init; }
    [JsonConverter(typeof(InternedStringConverter))]
    public string Collection { get; init; } = CollectionInfo.LocalId;
    [JsonConverter(typeof(InternedStringConverter))]
    public string? Venue { get; init; }
    public required int Paragraphs { get; init; }
    [JsonConverter(typeof(InternedStringListConverter))]
    public required IReadOnlyList<string> Speakers { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? FormerUrls { get; init; }

    /// <summary>Where the full record is in <c>records.jsonl</c>; null only for a summary made before its record was written.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RecordSpan? Record { get; init; }

    public static TranscriptSummary Of(Transcript t) => new()
    {
        Id = t.Id,
        ShortId = t.ShortId,
        Url = t.Url,
        Title = t.Title,
        Kind = t.Kind,
        Date = t.Date,
        Source = t.Source,
        Collection = t.Collection,
        Venue = t.Venue,
        Paragraphs = t.Paragraphs.Count,
        Speakers = [.. t.Speakers()],
        FormerUrls = t.FormerUrls,
    };
}
