using Archive.Import.Readers;
using Archive.Records;

namespace Archive.Import.Speakers;

/// <summary>
/// Numbers paragraphs and assigns speakers: a paragraph that opens with a label starts a turn and
/// loses the label from its text; the paragraphs after it keep that speaker until the next label.
/// A section break ends the turn, since what follows a break is often narration or a new event.
/// A role (<c>Question</c>, <c>Q</c>; <see cref="RoleLabels"/>) is nobody's turn: no speaker, the label as written.
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
                    (speaker, written) = Turn(label, p.Written);
                }
                else if (findLabelsInText && FindLabel(text, out var parsed, out var rest))
                {
                    (speaker, written) = Turn(parsed, null);
                    text = rest;
                }
                else if (findLabelsInText)
                {
                    text = MarkdownBold.Strip(text);
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

    /// <summary>The speaker and the label as written (null when the two are the same) of a turn opened by <paramref name="label"/>.</summary>
    private static (string? Speaker, string? Written) Turn(string label, string? written)
    {
        var asWritten = written ?? label;
        if (RoleLabels.IsRole(asWritten))
        {
            return (null, asWritten);
        }
        return (label, asWritten != label ? asWritten : null);
    }

    /// <summary>A label in Markdown bold (<c>**Name:** words</c>, in a text file) or in plain type (<c>Name: words</c>).</summary>
    private static bool FindLabel(string text, out string label, out string rest) =>
        MarkdownBold.TryLabel(text, out label, out rest) || SpeakerLabels.TryParse(MarkdownBold.Strip(text), out label, out rest);
}
