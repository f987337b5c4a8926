using Archive.Records;

namespace Archive.Import.Readers;

/// <summary>What a reader makes of a file: a transcript before the importer gives it an id and URL.</summary>
public sealed record DraftTranscript
{
    public required string Title { get; init; }
    public required DateOnly Date { get; init; }
    public string? Time { get; init; }
    public required string Source { get; init; }
    public string? Venue { get; init; }
    public string? Summary { get; init; }
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }
    /// <summary>What the reader removed on purpose (boilerplate), each naming its rule, for the import log.</summary>
    public IReadOnlyList<string> Removals { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
