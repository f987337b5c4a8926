using Archive.Import.Readers;
using Archive.Records;

namespace Archive.Import.Speakers;

/// <summary>
/// Who speaks each paragraph of a Miller Center file. The file names one president, but not every file is his speech:
/// <list type="bullet">
/// <item>A speech (no labels, or a "label" that occurs once, which is far more often a sentence such as
/// <c>The Army of the United States: In 1933 …</c>) is his from first paragraph to last.</item>
/// <item>Where labels recur, or any is set in Markdown bold (<c>**MR. MONDALE:**</c>), each label hands the turn on;
/// the paragraphs before the first label are his only if the title names no event of several voices (a speech
/// with the audience's replies marked is still his speech).</item>
/// <item>A debate, interview, press or news conference (<see cref="EventTitle"/>) credits nobody with a paragraph its
/// source does not label: the Ford-Carter debates of 1976 open with the moderator, not Carter.</item>
/// </list>
/// A label naming a president (<see cref="PresidentLabels"/>) gives his name; a role (<c>Q</c>) gives no speaker.
/// </summary>
public static class MillerTurns
{
    public static List<RawParagraph> Assign(IReadOnlyList<string> texts, string president, DateOnly date, string title)
    {
        var found = texts.Select(Read).ToList();
        var bold = found.Any(f => f.Bold && !f.Heading);
        var exchange = bold || found.Where(f => f.Label is not null).GroupBy(f => f.Label).Any(g => g.Count() >= 2);
        var manyVoices = EventTitle.IsMultiParty(title);
        var presidents = new PresidentLabels(president, date);
        var raw = new List<RawParagraph>(found.Count);
        string? speaker = manyVoices ? null : president;
        string? written = null;
        foreach (var f in found)
        {
            if (f.Heading)
            {
                raw.Add(new RawParagraph(f.Text, ParagraphKind.SectionBreak));
                continue;
            }
            if (exchange && f.Label is { } label)
            {
                speaker = presidents.NameOf(label) ?? label;
                written = label;
                raw.Add(new RawParagraph(f.Rest, Label: speaker, Written: written));
            }
            else
            {
                raw.Add(new RawParagraph(f.Text, Label: speaker, Written: written));
            }
        }
        return raw;
    }

    private static Found Read(string text)
    {
        if (MarkdownBold.TryLabel(text, out var label, out var rest))
        {
            return new Found(MarkdownBold.Strip(text), label, rest, Bold: true);
        }
        if (MarkdownBold.TryHeading(text, out var heading))
        {
            return new Found(heading, null, heading, Bold: true, Heading: true);
        }
        var plain = MarkdownBold.Strip(text);
        if (SpeakerLabels.TryParse(plain, out label, out rest))
        {
            return new Found(plain, label, rest);
        }
        // "Q    After meeting with you …": the White House's transcripts of 2010-2013 set Q apart by spaces, not a full stop.
        if (plain.Length > 2 && plain[0] == 'Q' && plain[1] == ' ' && char.IsUpper(plain[2]))
        {
            return new Found(plain, "Q", plain[2..]);
        }
        return new Found(plain, null, plain);
    }

    /// <summary>A paragraph as read: <c>Text</c> whole (bold marks removed), for a file where labels do not count; <c>Rest</c> the words after its label.</summary>
    private sealed record Found(string Text, string? Label, string Rest, bool Bold = false, bool Heading = false);
}
