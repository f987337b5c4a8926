using System.Text;
using Archive.Import.Readers;
using Archive.Import.Readers.Html;

namespace Archive.Import.Speakers;

/// <summary>
/// Finds a speaker label set in bold at the start of a paragraph, however the page split it:
/// <c>&lt;b&gt;Vladimir Putin:&lt;/b&gt;</c>, <c>&lt;b&gt;Vladimir Putin&lt;/b&gt;:</c>, <c>&lt;b&gt;Vladimir&lt;/b&gt; &lt;b&gt;Putin&lt;/b&gt;&lt;b&gt;:&lt;/b&gt;</c>,
/// nested or linked names, and a translator's aside between name and colon
/// (<c>&lt;b&gt;Xi Jinping&lt;/b&gt; &lt;i&gt;(retranslated)&lt;/i&gt;:</c>). The label runs from the first bold character to the
/// first colon; only white space, bold text and parenthesised asides may come before that colon. An aside is
/// not part of the name: it is kept at the start of the text, so no word is lost.
/// </summary>
public static class BoldLabel
{
    private const int MaxLabelLength = 200;
    private const int MaxLabelWords = 30;

    public static LabelledText? Find(InlineText inline)
    {
        var start = SkipSpace(inline, 0);
        if (start == inline.Length || !IsBold(inline, start))
        {
            return null;
        }
        var label = new StringBuilder();
        var asides = new StringBuilder();
        var end = Scan(inline, start, label, asides);
        if (end < 0)
        {
            return null;
        }
        var speaker = TextCleaner.Clean(label.ToString());
        if (end < inline.Length && inline[end] == ':')
        {
            var rest = AfterAsideAndColon(inline, end + 1, asides);
            var text = TextCleaner.Clean(asides + " " + inline.Raw[rest..]);
            return LooksLikeName(speaker, text.Length > 0) ? new LabelledText(speaker, text) : null;
        }
        // No colon: "<b>Vladimir Putin</b>. Thank you." or "<b>Megyn Kelly</b> With this?". Only a person's name
        // followed by a capital will do, so "<b>Yury Temirkanov</b> was born in 1938" stays a sentence.
        var name = speaker.TrimEnd('.');
        var after = end < inline.Length && inline[end] == '.' && !speaker.EndsWith('.') ? end + 1 : end;
        var words = TextCleaner.Clean(inline.Raw[after..]);
        return IsPersonName(name) && words.Length > 0 && char.IsUpper(words[0])
            ? new LabelledText(name, TextCleaner.Clean(asides + " " + words), Glued: after == end && !char.IsWhiteSpace(inline[end - 1]) && !speaker.EndsWith('.'))
            : null;
    }

    /// <summary>
    /// Reads the label from its first bold character: bold text, white space and parenthesised asides.
    /// Returns where it stops (a colon, plain text, or the end), or -1 for an unclosed parenthesis.
    /// </summary>
    private static int Scan(InlineText inline, int i, StringBuilder label, StringBuilder asides)
    {
        while (i < inline.Length && inline[i] != ':')
        {
            var c = inline[i];
            if (c == '(')
            {
                var close = MatchingParenthesis(inline, i);
                if (close < 0)
                {
                    return -1;
                }
                // A bold parenthesis belongs to the name ("(OPCW)"); a plain or italic one, or a translator's note, is an aside.
                var part = inline.Raw.Substring(i, close - i + 1);
                (AllBold(inline, i, close) && !TranslationNote.IsMatch(part) ? label : asides).Append(part).Append(' ');
                i = close + 1;
            }
            else if (IsBold(inline, i) || char.IsWhiteSpace(c))
            {
                label.Append(c);
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    /// <summary>"Name: (retranslated): words": a second colon after an aside belongs to the label too.</summary>
    private static int AfterAsideAndColon(InlineText inline, int i, StringBuilder asides)
    {
        var next = SkipSpace(inline, i);
        if (next < inline.Length && inline[next] == '(')
        {
            var close = MatchingParenthesis(inline, next);
            var colon = close < 0 ? -1 : SkipSpace(inline, close + 1);
            if (colon >= 0 && colon < inline.Length && inline[colon] == ':')
            {
                asides.Append(inline.Raw, next, close - next + 1).Append(' ');
                return colon + 1;
            }
        }
        return i;
    }

    /// <summary>Two to twelve words, every one a capitalised name word or a connector: <c>Federal President of Germany Frank-Walter Steinmeier</c>.</summary>
    private static bool IsPersonName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 12 && IsNameWord(words[0]) && IsNameWord(words[^1])
            && words.All(w => NameWords.Connectors.Contains(w) || (IsNameWord(w) && !w.Any(char.IsDigit)));
    }

    private static bool IsBold(InlineText inline, int i) => (inline.StyleAt(i) & InlineStyle.Bold) != 0;

    /// <summary>
    /// A name, a title and a name, or a role (<c>Call centre operator</c>), not a heading or notice such as
    /// <c>Contact telephone numbers:</c> or <c>Meeting points for media representatives:</c>. It ends with a name
    /// or a role word, or opens with a name and a comma (<c>Alexander Duimamet, welding engineer at …</c>). A label
    /// standing alone, with no words after it, must also have no more than a third of its words in lower case.
    /// </summary>
    public static bool LooksLikeName(string label, bool hasText)
    {
        if (label.Length == 0 || label.Length > MaxLabelLength || !char.IsLetter(label[0]) || label[^1] is '.' or ',' or ';' or '!' or '?')
        {
            return false;
        }
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxLabelWords)
        {
            return false;
        }
        var comma = label.IndexOf(',', StringComparison.Ordinal);
        if (hasText && comma > 0 && label[..comma].Split(' ') is { Length: <= 8 } name && IsNameWord(name[0]) && IsNameWord(name[^1]))
        {
            return true;
        }
        if (!IsNameWord(words[^1]) && !NameWords.Roles.Contains(words[^1]))
        {
            return false;
        }
        var content = words.Where(w => !NameWords.Connectors.Contains(w)).ToList();
        return hasText || content.Count(IsPlainWord) * 3 <= content.Count;
    }

    /// <summary>A word that starts with a capital, after any <c>al-</c>, <c>el-</c> or bracket (<c>al-Assad</c>, <c>(Krasnodar</c>).</summary>
    private static bool IsNameWord(string word)
    {
        var letters = word.Trim('(', ')', '[', ']', '"', '“', '”', '«', '»', '‘', '’', '\'');
        var hyphen = letters.IndexOf('-', StringComparison.Ordinal);
        if (hyphen is > 0 and <= 3 && letters[..hyphen].All(char.IsLower))
        {
            letters = letters[(hyphen + 1)..]; // al-Assad, el-Sisi, bin-Zayed
        }
        return letters.Length > 0 && char.IsUpper(letters[0]);
    }

    private static bool IsPlainWord(string word)
    {
        var letters = word.TrimStart('(', '[', '"', '“', '«', '‘', '\'');
        return letters.Length > 0 && (!char.IsUpper(letters[0]) || letters.Any(char.IsDigit));
    }

    private static int SkipSpace(InlineText inline, int i)
    {
        while (i < inline.Length && char.IsWhiteSpace(inline[i]))
        {
            i++;
        }
        return i;
    }

    private static int MatchingParenthesis(InlineText inline, int open)
    {
        var depth = 0;
        for (var i = open; i < inline.Length; i++)
        {
            if (inline[i] == '(')
            {
                depth++;
            }
            else if (inline[i] == ')' && --depth == 0)
            {
                return i;
            }
        }
        return -1;
    }

    private static bool AllBold(InlineText inline, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if (!char.IsWhiteSpace(inline[i]) && (inline.StyleAt(i) & InlineStyle.Bold) == 0)
            {
                return false;
            }
        }
        return true;
    }
}
