namespace Archive.Import.Speakers;

/// <summary>
/// en.kremlin.ru sets its speaker labels in bold, so a label in plain type is met mostly in prose that only looks
/// like one: a quoted text message (<c>Perm Territory: “Why…</c>), a list (<c>Minister of Sport: Pavel Kolobkov.</c>),
/// a topic (<c>As for Buryatia and Trans-Baikal: priority…</c>). Those are refused; <c>Question: Are you…</c> is kept.
/// </summary>
public static class PlainLabel
{
    private static readonly HashSet<string> OpeningWords = new(StringComparer.Ordinal)
    {
        "As", "About", "After", "And", "At", "Before", "But", "Concerning", "During", "For", "From", "If", "In", "Now",
        "On", "Or", "Regarding", "So", "Then", "This", "These", "To", "Under", "When", "With",
    };

    public static bool IsLikely(string speaker, string rest)
    {
        if (rest.Length == 0 || rest[0] is '“' or '"' or '«' or '„' or '‘' || char.IsLower(rest[0]))
        {
            return false;
        }
        if (OpeningWords.Contains(speaker.Split(' ')[0]))
        {
            return false;
        }
        var words = rest.Split(' ');
        var isListEntry = words.Length is >= 2 and <= 4 && rest.EndsWith('.') && words.All(w => char.IsUpper(w[0]));
        return !isListEntry;
    }
}
