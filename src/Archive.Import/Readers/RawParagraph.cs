using Archive.Records;

namespace Archive.Import.Readers;

/// <summary>
/// A paragraph as a reader found it, before speaker turns are assigned. <see cref="Label"/> is a label the format marked
/// explicitly (bold in HTML), or the speaker the reader worked out; <see cref="Written"/> is then the label as the
/// source wrote it, when the reader replaced it (Miller's "THE PRESIDENT" becomes the president's name).
/// </summary>
public sealed record RawParagraph(string Text, ParagraphKind Kind = ParagraphKind.Text, string? Label = null, string? Written = null);
