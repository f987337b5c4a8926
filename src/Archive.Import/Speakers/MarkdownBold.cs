using System.Text.RegularExpressions;
using Archive.Import.Readers;

namespace Archive.Import.Speakers;

/// <summary>
/// Markdown bold written into a text file (the Miller Center's later transcripts, a pasted blog post):
/// <c>**MS. RIDINGS:** Good evening</c> and <c>**LEHRER: **Senator</c> are speaker labels, <c>**Central America**</c>
/// alone on its line is a heading, and any other pair of <c>**</c> is emphasis whose words are kept without the marks.
/// A <c>**</c> that opens no bold (<c>Republic**.</c>, a note line <c>** March 4, 1917 …</c>) is the source's footnote
/// mark and stays.
/// </summary>
public static partial class MarkdownBold
{
    private const int MaxHeadingWords = 12;

    // "**NAME:** words", "**NAME: **words", "**   NAME:** words", "**Name**: words".
    [GeneratedRegex(@"^\*\*\s*(?<label>[^*:]{1,150}?)\s*(?::\s*\*\*|\*\*\s*:)\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Label();

    [GeneratedRegex(@"^\*\*\s*(?<words>[^*]{1,200}?)\s*\*\*$")]
    private static partial Regex WholeLine();

    // A pair: an opening ** not inside a word, then words, then a closing ** not followed by a word.
    [GeneratedRegex(@"(?<![\w*])\*\*(?=\S)(?<inner>[^*]+?)\*\*(?![\w*])")]
    private static partial Regex Pair();

    // An opening ** before a word that nothing closes ("**I am grateful … **Je me sens"): a stray mark, not a footnote.
    [GeneratedRegex(@"(?<![\w*])\*\*(?=[\p{L}\p{N}""“‘(])")]
    private static partial Regex StrayOpening();

    /// <summary>A bold label at the start of <paramref name="text"/> that looks like a name or a role.</summary>
    public static bool TryLabel(string text, out string label, out string rest)
    {
        label = rest = string.Empty;
        if (!text.StartsWith("**", StringComparison.Ordinal))
        {
            return false;
        }
        var m = Label().Match(text);
        if (!m.Success)
        {
            return false;
        }
        var candidate = TextCleaner.Clean(m.Groups["label"].Value);
        var after = TextCleaner.Clean(Strip(m.Groups["rest"].Value));
        if (!BoldLabel.LooksLikeName(candidate, after.Length > 0))
        {
            return false;
        }
        label = candidate;
        rest = after;
        return true;
    }

    /// <summary>A short line wholly in bold that does not end like a sentence: a topic heading (<c>**Central America**</c>).</summary>
    public static bool TryHeading(string text, out string heading)
    {
        heading = string.Empty;
        var m = WholeLine().Match(text);
        if (!m.Success)
        {
            return false;
        }
        var words = m.Groups["words"].Value;
        if (words.Length == 0 || words[^1] is '.' or '!' or '?' or ':' or ',' or ';' || words.Split(' ').Length > MaxHeadingWords)
        {
            return false;
        }
        heading = TextCleaner.Clean(words);
        return true;
    }

    /// <summary>The text without bold marks; footnote marks stay.</summary>
    public static string Strip(string text)
    {
        if (!text.Contains("**", StringComparison.Ordinal))
        {
            return text;
        }
        var stripped = Pair().Replace(text, m => m.Groups["inner"].Value);
        return TextCleaner.Clean(StrayOpening().Replace(stripped, string.Empty));
    }
}
