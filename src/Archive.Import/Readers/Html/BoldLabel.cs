using System.Text;

namespace Archive.Import.Readers.Html;

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

    /// <summary>Small words that stand lower-case inside names and titles (<c>President of the Republic of Korea</c>).</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "on", "in", "to", "at", "de", "da", "del", "della", "di", "du", "la", "le",
        "van", "von", "der", "den", "bin", "ibn", "al", "el", "y", "e", "&", "a", "an",
    };

    /// <summary>Lower-case words that end a label naming a role rather than a person (<c>Call centre operator</c>, <c>Response from the hall</c>).</summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "operator", "host", "hosts", "moderator", "presenter", "anchor", "announcer", "hall", "audience", "participant", "participants",
        "reporter", "journalist", "correspondent", "voice", "voices", "interpreter", "translator", "speaker",
    };

    public static LabelledText? Find(InlineText inline)
    {
        var i = SkipSpace(inline, 0);
        if (i == inline.Length || (inline.StyleAt(i) & InlineStyle.Bold) == 0)
        {
            return null;
        }
        var label = new StringBuilder();
        var asides = new StringBuilder();
        while (i < inline.Length && inline[i] != ':')
        {
            var c = inline[i];
            if (c == '(')
            {
                var close = MatchingParenthesis(inline, i);
                if (close < 0)
                {
                    return null;
                }
                // A bold parenthesis belongs to the name ("(OPCW)"); a plain or italic one, or a translator's note, is an aside.
                var part = inline.Raw.Substring(i, close - i + 1);
                (AllBold(inline, i, close) && !TranslationNote.IsMatch(part) ? label : asides).Append(part).Append(' ');
                i = close + 1;
            }
            else if ((inline.StyleAt(i) & InlineStyle.Bold) != 0 || char.IsWhiteSpace(c))
            {
                label.Append(c);
                i++;
            }
            else
            {
                return null; // plain words before any colon: bold emphasis, not a label
            }
        }
        if (i == inline.Length)
        {
            return null;
        }
        i++;
        // "Name: (retranslated): words" - a second colon after an aside belongs to the label too.
        var next = SkipSpace(inline, i);
        if (next < inline.Length && inline[next] == '(')
        {
            var close = MatchingParenthesis(inline, next);
            var colon = close < 0 ? -1 : SkipSpace(inline, close + 1);
            if (colon >= 0 && colon < inline.Length && inline[colon] == ':')
            {
                asides.Append(inline.Raw, next, close - next + 1).Append(' ');
                i = colon + 1;
            }
        }
        var speaker = TextCleaner.Clean(label.ToString());
        var text = TextCleaner.Clean(asides + " " + inline.Raw[i..]);
        if (!LooksLikeName(speaker, text.Length > 0))
        {
            return null;
        }
        return new LabelledText(speaker, text);
    }

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
        if (!IsNameWord(words[^1]) && !RoleWords.Contains(words[^1]))
        {
            return false;
        }
        var content = words.Where(w => !Connectors.Contains(w)).ToList();
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
