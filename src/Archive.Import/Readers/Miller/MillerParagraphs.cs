using System.Text.RegularExpressions;

namespace Archive.Import.Readers.Miller;

/// <summary>
/// Splits a Miller Center body into paragraphs. The files use either blank lines or single line breaks
/// between paragraphs, so every line is a paragraph; the exception is a line that starts in lower case
/// right after another, which is the rest of a sentence the file broke by mistake.
/// </summary>
public static partial class MillerParagraphs
{
    // Left over from the web page in a few files; it means a line break.
    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlBreak();

    /// <summary>The paragraphs of <paramref name="lines"/> from index <paramref name="from"/>, each with its 1-based line.</summary>
    public static List<(int Line, string Text)> Split(string[] lines, int from, string relativePath, List<string> removals)
    {
        var paragraphs = new List<(int Line, string Text)>();
        var previousBlank = true;
        for (var i = from; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Contains('<', StringComparison.Ordinal) && HtmlBreak().IsMatch(line))
            {
                removals.Add($"{relativePath}:{i + 1}: removed (html-line-break): a '<br />' tag, read as a line break");
                var parts = HtmlBreak().Split(line);
                AddLine(paragraphs, i + 1, parts[0], previousBlank);
                foreach (var part in parts.Skip(1))
                {
                    AddLine(paragraphs, i + 1, part, previousBlank: true);
                }
                previousBlank = false;
                continue;
            }
            previousBlank = !AddLine(paragraphs, i + 1, line, previousBlank);
        }
        return paragraphs;
    }

    /// <summary>Adds the line as a paragraph or to the one before it; false if the line is blank.</summary>
    private static bool AddLine(List<(int Line, string Text)> paragraphs, int number, string line, bool previousBlank)
    {
        var text = TextCleaner.Clean(line);
        if (text.Length == 0)
        {
            return false;
        }
        if (!previousBlank && paragraphs.Count > 0 && char.IsLower(text[0]))
        {
            paragraphs[^1] = (paragraphs[^1].Line, paragraphs[^1].Text + " " + text);
        }
        else
        {
            paragraphs.Add((number, text));
        }
        return true;
    }
}
