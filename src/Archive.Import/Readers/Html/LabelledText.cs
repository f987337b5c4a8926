namespace Archive.Import.Readers.Html;

/// <summary>A paragraph split into its speaker label and its words; <see cref="Text"/> is empty when the label stands alone.</summary>
public sealed record LabelledText(string Speaker, string Text);
