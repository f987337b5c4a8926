using System.Text.RegularExpressions;

namespace Archive.Import.Readers;

/// <summary>
/// Recognises a speaker label at the start of a paragraph: <c>Vladimir Putin:</c>,
/// <c>President of Russia Vladimir Putin:</c>, <c>Question:</c>, <c>THE PRESIDENT.</c>, <c>Q.</c>,
/// <c>MR. KENNEDY:</c>. Deliberately strict: a sentence that merely contains a colon is not a label.
/// </summary>
public static partial class SpeakerLabels
{
    private const int MaxLabelWords = 9;

    /// <summary>Words that may stand lower-case inside a name or title (<c>President of Russia</c>).</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "on", "in", "to", "at", "de", "da", "del", "della", "di", "du", "la", "le",
        "van", "von", "der", "den", "bin", "al", "el", "y", "e",
    };

    /// <summary>One-word labels that are roles rather than names; other one-word labels must look like a surname in capitals.</summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Question", "Questions", "Answer", "Remark", "Remarks", "Reply", "Response", "Comment", "Voice", "Voices",
        "Audience", "Moderator", "Interpreter", "Translator", "Correspondent", "Journalist", "Reporter", "Participant",
        "Q", "A",
    };

    /// <summary>All-caps words that open ordinary sentences and are never labels.</summary>
    private static readonly HashSet<string> NotLabels = new(StringComparer.Ordinal)
    {
        "OK", "NO", "YES", "SO", "WELL", "AND", "BUT", "I", "A", "US", "USA", "UN", "EU", "NATO", "USSR", "CIS",
    };

    // "Name Words: rest" (mixed case) with optional parenthetical, e.g. "Vladimir Putin (retranslated):".
    [GeneratedRegex(@"^(?<label>[\p{Lu}][^:.!?;""“”]{0,100}?)\s*(?<aside>\([^)]{1,40}\))?\s*:\s+(?<rest>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex ColonLabel();

    // "THE PRESIDENT. rest", "MR. KENNEDY: rest", "Q. rest".
    [GeneratedRegex(@"^(?<label>(?:(?:MR|MRS|MS|DR|GEN|SEN|REP|GOV|SECRETARY|AMBASSADOR)\.? )?[\p{Lu}][\p{Lu}'’\-]+(?: [\p{Lu}][\p{Lu}'’\-]+){0,5}|Q)[.:]\s+(?<rest>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex CapitalsLabel();

    public static bool TryParse(string text, out string speaker, out string rest)
    {
        speaker = rest = string.Empty;
        var caps = CapitalsLabel().Match(text);
        if (caps.Success && !NotLabels.Contains(caps.Groups["label"].Value))
        {
            speaker = caps.Groups["label"].Value;
            rest = caps.Groups["rest"].Value;
            return true;
        }
        var colon = ColonLabel().Match(text);
        if (colon.Success && IsNameLike(colon.Groups["label"].Value))
        {
            speaker = colon.Groups["label"].Value.Trim();
            rest = colon.Groups["rest"].Value;
            return true;
        }
        return false;
    }

    private static bool IsNameLike(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxLabelWords)
        {
            return false;
        }
        if (words.Length == 1)
        {
            return RoleWords.Contains(words[0]) || words[0].All(c => char.IsUpper(c) || c is '-' or '\'' or '’');
        }
        return words.All(w => Connectors.Contains(w) || char.IsUpper(w[0]) || w.StartsWith('('))
            && char.IsUpper(words[^1][0]);
    }
}
