using Archive.Records;

namespace Archive.Web.Pages;

/// <summary>
/// Where a transcript page names the speaker: at the start of each turn, as printed transcripts do, not
/// before every paragraph. The longest transcript has 1,038 paragraphs in 524 turns; a label on each
/// paragraph repeated the same name on screen and cost a thousand elements (docs/accessibility.md).
/// </summary>
public static class SpeakerTurns
{
    /// <summary>Speakers named in a transcript's header before the whole list is folded away.</summary>
    public const int LeadSpeakers = 3;

    /// <summary>The label as the source wrote it, keyed by the number of each paragraph that starts a turn.
    /// A role ("Question", "Q") has no speaker but its label, and is named like one. A section break or a cut
    /// ends a turn, so the speaker is named again after it.</summary>
    public static IReadOnlyDictionary<int, string> Labels(IEnumerable<Paragraph> paragraphs)
    {
        var labels = new Dictionary<int, string>();
        string? previous = null;
        foreach (var p in paragraphs)
        {
            var voice = p.Speaker ?? p.Label;
            if (voice is not null && voice != previous)
            {
                labels[p.N] = p.Label ?? voice;
            }
            previous = p.Kind == ParagraphKind.Text ? voice : null;
        }
        return labels;
    }
}
