namespace Archive.Bench.Scaler;

/// <summary>A paragraph's text; <see cref="Speaker"/> is set where a new speaker's turn opens.</summary>
public sealed record SourceParagraph(string? Speaker, string Text);
