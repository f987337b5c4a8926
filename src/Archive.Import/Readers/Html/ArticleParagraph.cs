namespace Archive.Import.Readers.Html;

/// <summary>A body paragraph before speaker turns are numbered: narration (set in italics) never carries a speaker.</summary>
public sealed record ArticleParagraph(RawParagraph Raw, bool IsNarration, int Line);
