using Archive.Records;

namespace Archive.Import.Tests.Corpus;

/// <summary>One corpus page imported, beside what the page itself says, read without the reader's code.</summary>
internal sealed record KremlinPage
{
    public required string File { get; init; }
    public string? Format { get; init; }
    public string? Error { get; init; }
    /// <summary>Paragraphs that open with a speaker label (bold, or a likely plain one).</summary>
    public int LabelledParagraphs { get; init; }
    public Transcript? Record { get; init; }
    public IReadOnlyList<string> Removals { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public string? PageTitle { get; init; }
    public string? PageDate { get; init; }
    public string? PagePlace { get; init; }
    public string? PageTime { get; init; }
    public bool IsAnnouncement { get; init; }
    /// <summary>Body words that are in no title, summary, paragraph, label or logged removal of the record.</summary>
    public IReadOnlyList<string> MissingWords { get; init; } = [];
}
