namespace Archive.Import.Readers.Html;

/// <summary>How one character of a paragraph was set in the source page.</summary>
[Flags]
public enum InlineStyle : byte
{
    None = 0,
    Bold = 1,
    Italic = 2,
}
