using System.Globalization;
using System.Text;

namespace Archive.Import.Speakers;

/// <summary>
/// The written form of a name, mended where a rule can tell what was meant: words the source ran together
/// (<c>VladimirPutin</c>, <c>V.Putin</c>) are parted, and capitals set for emphasis are written as a name is
/// (<c>Vladimir PUTIN</c>, <c>President OF RUSSIA DMITRY MEDVEDEV</c>, <c>MR. MONDALE</c>). Abbreviations inside a title
/// (<c>Gazprom CEO Alexei Miller</c>) are left alone: only a label wholly in capitals, or the capitals that end it, change.
/// </summary>
public static class NameForm
{
    public static string Normalise(string label) => Capitals(Parted(label));

    /// <summary>
    /// <c>VladimirPutin</c> is <c>Vladimir Putin</c>; <c>V.Putin</c> is <c>V. Putin</c>. A capital inside a word parts it only after
    /// four letters, so <c>McGee</c>, <c>DeSantis</c>, <c>KleYMENOV</c> (a typing slip, not two words) and <c>MacArthur</c> stay.
    /// </summary>
    public static string Parted(string label)
    {
        var sb = new StringBuilder(label.Length + 4);
        var wordStart = 0;
        for (var i = 0; i < label.Length; i++)
        {
            var c = label[i];
            if (i > 0 && char.IsUpper(c) && i + 1 < label.Length && char.IsLetter(label[i + 1]))
            {
                var prev = label[i - 1];
                var left = label[wordStart..i];
                var joined = char.IsLower(prev) && left.Length >= 4 && char.IsUpper(left[0]) && !left.StartsWith("Mac", StringComparison.Ordinal);
                var initial = prev == '.' && left.Length == 2 && char.IsUpper(left[0]);
                if (joined || initial)
                {
                    sb.Append(' ');
                    wordStart = i;
                }
            }
            if (c == ' ')
            {
                wordStart = i + 1;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A label wholly in capitals, or the run of capitalised words that ends it, written as a name.</summary>
    public static string Capitals(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var run = 0;
        while (run < words.Length && IsShouted(words[^(run + 1)]))
        {
            run++;
        }
        var whole = run == words.Length;
        // One capitalised word after a name ("Vladimir PUTIN") is a surname; after anything else ("Head of OPCW") an abbreviation.
        if (run == 0 || (!whole && run == 1 && !IsNameWord(words[^2])))
        {
            return label;
        }
        for (var i = words.Length - run; i < words.Length; i++)
        {
            var lower = words[i].ToLower(CultureInfo.InvariantCulture);
            words[i] = i > 0 && NameWords.Connectors.Contains(lower) ? lower : Capitalised(lower);
        }
        return string.Join(' ', words);
    }

    /// <summary>Upper-case letters only (two or more, or one with a full stop), so <c>McGEE</c> and <c>A</c> are not.</summary>
    private static bool IsShouted(string word)
    {
        var letters = word.Count(char.IsLetter);
        return letters > 0 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && (letters >= 2 || word.EndsWith('.'));
    }

    private static bool IsNameWord(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);

    /// <summary><c>olli-pekka</c> is <c>Olli-Pekka</c>, <c>o'neil</c> is <c>O'Neil</c>, <c>mr.</c> is <c>Mr.</c>.</summary>
    private static string Capitalised(string lower)
    {
        var chars = lower.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]) && (i == 0 || chars[i - 1] is '-' or '\'' or '’' or '(' or '.'))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }
        return new string(chars);
    }
}
