using System.Text.RegularExpressions;

namespace Archive.Import.Speakers;

/// <summary>
/// Recognises a speaker label at the start of a paragraph: <c>Vladimir Putin:</c>,
/// <c>President of Russia Vladimir Putin:</c>, <c>Question:</c>, <c>THE PRESIDENT.</c>, <c>Q.</c>,
/// <c>MR. KENNEDY:</c>, <c>Mr. Lehrer.</c>. Deliberately strict: a sentence that merely contains a colon
/// is not a label, and neither is a form of address (<c>Gentlemen:</c>), a heading (<c>ART. 1.</c>,
/// <c>IV.</c>) or a signature (<c>TH. JEFFERSON.</c>).
/// </summary>
public static partial class SpeakerLabels
{
    private const int MaxLabelWords = 9;

    /// <summary>All-caps words that open ordinary sentences, headings or signatures and are never labels on their own.</summary>
    private static readonly HashSet<string> NotLabels = new(StringComparer.Ordinal)
    {
        "OK", "NO", "YES", "SO", "WELL", "AND", "BUT", "I", "A", "US", "USA", "UN", "EU", "NATO", "USSR", "CIS", "THE",
        "MR", "MRS", "MS", "DR", "ART", "SEC", "SECT", "SECTION", "ARTICLE", "NOTE", "PS", "NB",
    };

    /// <summary>First words of a form of address (<c>Gentlemen of the Senate:</c>, <c>My fellow citizens:</c>), which name who is spoken to.</summary>
    private static readonly HashSet<string> AddressWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Gentlemen", "Ladies", "Madam", "Fellow", "Fellow-Citizens", "Citizens", "Friends", "My", "Our",
        "Dear", "To", "Members", "Your", "Beloved", "Brothers",
    };

    /// <summary>Whole labels that are forms of address, not speakers.</summary>
    private static readonly HashSet<string> AddressLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Sir", "Sirs", "Excellency", "General", "Senators", "Mr. President", "Mr. Vice President", "Mr. Speaker", "Mr. Chairman", "Mr. Minister", "Mr. Chief Justice", "Madam Speaker",
    };

    // "Name Words: rest" (mixed case) with optional parenthetical, e.g. "Vladimir Putin (retranslated):".
    [GeneratedRegex(@"^(?<label>[\p{Lu}][^:.!?;""“”]{0,100}?)\s*(?<aside>\([^)]{1,40}\))?\s*:(?:\s+|(?=[—–]))(?<rest>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex ColonLabel();

    // "THE PRESIDENT. rest", "MR. KENNEDY: rest", "MR. McGEE: rest", "Q. rest", "JONES:—rest".
    [GeneratedRegex(@"^(?<label>(?:(?:MR|MRS|MS|DR|GEN|SEN|REP|GOV|SECRETARY|AMBASSADOR)\.? )?(?:Mc|Mac)?[\p{Lu}][\p{Lu}'’\-]+(?: (?:Mc|Mac)?[\p{Lu}][\p{Lu}'’\-]+){0,5}|Q)[.:](?:\s+|(?=[—–]))(?<rest>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex CapitalsLabel();

    // "The President. rest", "Mr. Lehrer. rest", "President Bush. rest": mixed case with a full stop only after a title.
    [GeneratedRegex(@"^(?<label>The (?:Vice )?President|(?:Mr|Mrs|Ms|Dr)\. [\p{Lu}][\p{L}'’\-]+|(?:President|Vice President|Governor|Senator|Secretary|General|Ambassador|Chairman|Congressman|Congresswoman|Prime Minister|Chancellor) [\p{Lu}][\p{L}'’\-]+)\.\s+(?<rest>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex TitleLabel();

    [GeneratedRegex(@"^[IVXLC]+$")]
    private static partial Regex RomanNumeral();

    public static bool TryParse(string text, out string speaker, out string rest)
    {
        speaker = rest = string.Empty;
        var caps = CapitalsLabel().Match(text);
        if (caps.Success && IsCapitalsLabel(caps.Groups["label"].Value) && HasLowerCaseWords(caps.Groups["rest"].Value))
        {
            return Found(caps.Groups["label"].Value, caps.Groups["rest"].Value, out speaker, out rest);
        }
        var title = TitleLabel().Match(text);
        if (title.Success && !AddressLabels.Contains(title.Groups["label"].Value))
        {
            return Found(title.Groups["label"].Value, title.Groups["rest"].Value, out speaker, out rest);
        }
        var colon = ColonLabel().Match(text);
        if (colon.Success && IsNameLike(colon.Groups["label"].Value.Trim()))
        {
            return Found(colon.Groups["label"].Value.Trim(), colon.Groups["rest"].Value, out speaker, out rest);
        }
        return false;
    }

    private static bool Found(string label, string restText, out string speaker, out string rest)
    {
        speaker = label;
        rest = restText;
        return true;
    }

    private static bool IsCapitalsLabel(string label) =>
        !NotLabels.Contains(label) && !RomanNumeral().IsMatch(label) && !IsAddress(label);

    /// <summary>A heading or signature in capitals (<c>DEPARTMENT OF JUSTICE. EXPEDITION</c>, <c>GO. WASHINGTON.</c>) has no lower-case words after its "label".</summary>
    private static bool HasLowerCaseWords(string rest)
    {
        // Two lower-case letters in a row: "McLELLAN" in a signature has one, any sentence has many.
        for (var i = 1; i < rest.Length; i++)
        {
            if (char.IsLower(rest[i]) && char.IsLower(rest[i - 1]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAddress(string label)
    {
        var first = label.Split(' ', 2)[0].TrimEnd(',');
        return AddressWords.Contains(first) || AddressLabels.Contains(label);
    }

    private static bool IsNameLike(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxLabelWords || IsAddress(label))
        {
            return false;
        }
        if (words.Length == 1)
        {
            return NameWords.Roles.Contains(words[0]) || words[0].All(c => char.IsUpper(c) || c is '-' or '\'' or '’');
        }
        // "Similarly, in Central America:" and "First, the Farm Act:" open sentences; "Name Surname, Newspaper:" is a label.
        if (words[0].EndsWith(','))
        {
            return false;
        }
        // "Ryan and Rebecca:", "Mom and Dad:": two names joined by "and" are people spoken to.
        if (words.Length == 3 && words[1] == "and")
        {
            return false;
        }
        return words.All(w => NameWords.Connectors.Contains(w) || char.IsUpper(w[0]) || w.StartsWith('('))
            && char.IsUpper(words[^1][0]);
    }
}
