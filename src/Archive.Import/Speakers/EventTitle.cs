using System.Text.RegularExpressions;

namespace Archive.Import.Speakers;

/// <summary>
/// Titles that name an event where several people speak: a debate, an interview, a press or news conference, a
/// briefing, a conversation, questions and answers, a town hall. In such a transcript a paragraph the source does not
/// label is nobody's, never the president's by default.
/// </summary>
public static partial class EventTitle
{
    [GeneratedRegex(@"\b(debates?|interviews?|press conference|news conference|briefing|conversation|questions?|q and a|town hall|roundtable|exchange with reporters)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ManyVoices();

    public static bool IsMultiParty(string title) => ManyVoices().IsMatch(title.Replace('-', ' '));
}
