using System.Text;

namespace Archive.Import.Readers;

/// <summary>
/// The only changes made to words as written: no-break and other odd spaces become plain spaces,
/// runs of white space (soft line breaks included) become one space, ends are trimmed.
/// </summary>
public static class TextCleaner
{
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF')
            {
                continue; // soft hyphen, zero-width space, stray BOM: invisible, and they split words for search
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Whether <see cref="Clean"/> would leave nothing, without building the cleaned string.</summary>
    public static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!(c == '\u00AD' || c == '\u200B' || c == '\uFEFF' || char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Splits text into lines on CRLF, CR or LF.</summary>
    public static string[] Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
}
