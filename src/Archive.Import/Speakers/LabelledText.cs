namespace Archive.Import.Speakers;

/// <summary>
/// A paragraph split into its speaker label and its words; <see cref="Text"/> is empty when the label stands alone.
/// <see cref="Glued"/>: the source has no space or colon between the label and the words (<c>&lt;b&gt;Megyn Kelly&lt;/b&gt;Vladimir…</c>).
/// </summary>
public sealed record LabelledText(string Speaker, string Text, bool Glued = false);
