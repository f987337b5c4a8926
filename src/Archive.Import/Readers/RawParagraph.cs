using Archive.Records;

namespace Archive.Import.Readers;

/// <summary>A paragraph as a reader found it, before speaker turns are assigned. <see cref="Label"/> is a label the format marked explicitly (bold in HTML).</summary>
public sealed record RawParagraph(string Text, ParagraphKind Kind = ParagraphKind.Text, string? Label = null);
