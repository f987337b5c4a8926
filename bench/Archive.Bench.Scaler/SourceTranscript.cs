namespace Archive.Bench.Scaler;

/// <summary>One real transcript to be copied: its own words, title, date, source and venue.</summary>
public sealed record SourceTranscript(
    string Title,
    DateOnly Date,
    string Source,
    string? Venue,
    string? Summary,
    IReadOnlyList<SourceParagraph> Paragraphs);
