using Archive.Import.Readers;
using Archive.Records;

namespace Archive.Import.Speakers;

/// <summary>
/// Numbers paragraphs and assigns speakers: a paragraph that opens with a label starts a turn and
/// loses the label from its text; the paragraphs after it keep that speaker until the next label.
/// A section break ends the turn, since what follows a break is often narration or a new event.
/// </summary>
public static class SpeakerTurns
{
    /// <param name="raw">The paragraphs in order.</param>
    /// <param name="findLabelsInText">False when the reader has already found every label (HTML marks them in bold), so words are never taken for one.</param>
    public static List<Paragraph> Assign(IEnumerable<RawParagraph> raw, bool findLabelsInText = true)
    {
        var paragraphs = new List<Paragraph>();
        string? speaker = null;
        string? written = null;
        foreach (var p in raw)
        {
            var text = p.Text;
            if (p.Kind == ParagraphKind.SectionBreak)
            {
                speaker = null;
                written = null;
            }
            else if (p.Kind == ParagraphKind.Text)
            {
                if (p.Label is { } label)
                {
                    speaker = label;
                    written = p.Written is { } w && w != label ? w : null;
                }
                else if (findLabelsInText && SpeakerLabels.TryParse(text, out var parsed, out var rest))
                {
                    speaker = parsed;
                    written = null;
                    text = rest;
                }
            }
            paragraphs.Add(new Paragraph
            {
                N = paragraphs.Count + 1,
                Kind = p.Kind,
                Speaker = p.Kind == ParagraphKind.Text ? speaker : null,
                Label = p.Kind == ParagraphKind.Text ? written : null,
                Text = text,
            });
        }
        return paragraphs;
    }
}
