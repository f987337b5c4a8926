using Archive.Records;

namespace Archive.Import.Readers;

/// <summary>What a reader makes of a file: a transcript before the importer gives it an id and URL.</summary>
public sealed record DraftTranscript
{
    public required string Title { get; init; }
    /// <summary>The slug of the record's id and URL, when the reader knows a steadier one than the title's (a Miller Center file name).</summary>
    public string? Slug { get; init; }
    public TranscriptKind Kind { get; init; } = TranscriptKind.Transcript;
    public required DateOnly Date { get; init; }
    public string? Time { get; init; }
    public required string Source { get; init; }
    /// <summary>The id of a collection in <see cref="Collections.KnownCollections"/>.</summary>
    public string Collection { get; init; } = CollectionInfo.LocalId;
    /// <summary>The transcript's address at its original publisher, when the file gives it.</summary>
    public string? SourceUrl { get; init; }
    public string? Venue { get; init; }
    public string? Summary { get; init; }
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }
    /// <summary>What the reader removed on purpose (boilerplate), each naming its rule, for the import log.</summary>
    public IReadOnlyList<string> Removals { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
