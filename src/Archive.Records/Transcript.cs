using System.Text.Json.Serialization;

namespace Archive.Records;

/// <summary>One transcript as the importer writes it to <c>records/{id}.json</c>.</summary>
public sealed record Transcript
{
    public int Schema { get; init; } = RecordSchema.Version;
    public required string Id { get; init; }
    /// <summary>The permanent short id of <c>/d/{shortId}</c> links; see "Permalinks" in docs/record-format.md.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ShortId { get; init; }
    public required string Url { get; init; }
    public required string Title { get; init; }
    /// <summary>A transcript, or a title-only news item whose one paragraph is its headline.</summary>
    public TranscriptKind Kind { get; init; } = TranscriptKind.Transcript;
    public required DateOnly Date { get; init; }
    /// <summary>Local time of day as the source gives it (<c>HH:mm</c>), or null.</summary>
    public string? Time { get; init; }
    public required string Source { get; init; }
    /// <summary>The collection this transcript belongs to (its id in <c>collections.json</c>); see "Collections" in docs/record-format.md.</summary>
    public string Collection { get; init; } = CollectionInfo.LocalId;
    /// <summary>The transcript's address at its original publisher, when the source gives one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SourceUrl { get; init; }
    public string? Venue { get; init; }
    public string? Summary { get; init; }
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }
    public required Provenance Provenance { get; init; }

    /// <summary>Numbers of paragraphs that corrections removed: their links land on a notice. Null when none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? RemovedParagraphs { get; init; }

    /// <summary>URLs this transcript had before its title or date was corrected; they redirect here. Null when none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? FormerUrls { get; init; }

    /// <summary>Distinct speakers in order of first turn.</summary>
    public IEnumerable<string> Speakers() =>
        Paragraphs.Select(p => p.Speaker).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>Turns: paragraphs where the speaker changes to a named one.</summary>
    public int SpeakerTurns()
    {
        var turns = 0;
        string? previous = null;
        foreach (var p in Paragraphs)
        {
            if (p.Speaker is not null && p.Speaker != previous)
            {
                turns++;
            }
            previous = p.Speaker;
        }
        return turns;
    }
}
