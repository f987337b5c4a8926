namespace Archive.Search;

/// <summary>One matching paragraph of an export: its transcript's fields and the paragraph's own, with its whole text (not a snippet).</summary>
public sealed record ExportedParagraph(
    string Id,
    string Url,
    string Title,
    string Date,
    string? Venue,
    int N,
    string? Speaker,
    string Text);
