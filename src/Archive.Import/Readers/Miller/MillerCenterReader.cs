using Archive.Import.Speakers;

namespace Archive.Import.Readers.Miller;

/// <summary>
/// The Miller Center's presidential speeches (github.com/kfogel/presidential-speeches): the date and
/// title are in the file name, the first line is <c>President: Name</c>, and the rest is the speech,
/// one paragraph a line. The president is the source and the speaker of everything until a label
/// (<c>Q.</c>, <c>MR. KENNEDY:</c>) hands the turn to someone else; <c>THE PRESIDENT.</c> hands it back.
/// </summary>
public sealed class MillerCenterReader : ITranscriptReader
{
    private const string Header = "President:";

    public string Format => "miller-center";

    public bool CanRead(SourceFile file) =>
        file.Extension is ".txt" or "" && MillerFileName.Matches(Path.GetFileName(file.RelativePath))
        && file.Text.AsSpan().TrimStart('\uFEFF').StartsWith(Header, StringComparison.Ordinal);

    public DraftTranscript Read(SourceFile file)
    {
        if (!MillerFileName.TryParse(Path.GetFileName(file.RelativePath), out var date, out var title))
        {
            throw new ImportException(0, "a Miller Center file's name must be 'yyyy-mm-dd-slug.txt'.");
        }
        var lines = TextCleaner.Lines(file.Text);
        var header = TextCleaner.Clean(lines[0]);
        var president = header.StartsWith(Header, StringComparison.Ordinal) ? header[Header.Length..].Trim() : string.Empty;
        if (president.Length == 0)
        {
            throw new ImportException(1, "expected 'President: Name' on the first line.");
        }
        var removals = new List<string>();
        var found = MillerParagraphs.Split(lines, 1, file.RelativePath, removals);
        if (found.Count == 0)
        {
            throw new ImportException(2, "the file holds no paragraphs after the 'President:' line.");
        }
        var aliases = new PresidentLabels(president);
        var labels = found.Select(p => SpeakerLabels.TryParse(p.Text, out var label, out var rest) ? (label, rest) : default).ToList();
        // Most files are one speech. A "label" that occurs only once in the file ("The Army of the United
        // States: In 1933 ...") is far more often a sentence than a speaker, so labels count only in files
        // where some label recurs, which is what an exchange (press conference, debate, interview) looks like.
        var isExchange = labels.Where(l => l.label is not null).GroupBy(l => l.label).Any(g => g.Count() >= 2);
        // Every paragraph gets its speaker here, so SpeakerTurns does not look for labels again:
        // the president speaks until a label says otherwise.
        var raw = new List<RawParagraph>(found.Count);
        var speaker = president;
        string? written = null;
        for (var i = 0; i < found.Count; i++)
        {
            var (label, rest) = labels[i];
            if (isExchange && label is not null)
            {
                speaker = aliases.IsPresident(label) ? president : label;
                written = label;
                raw.Add(new RawParagraph(rest, Label: speaker, Written: written));
            }
            else
            {
                raw.Add(new RawParagraph(found[i].Text, Label: speaker, Written: written));
            }
        }
        return new DraftTranscript
        {
            Title = title,
            Date = date,
            Source = president,
            Paragraphs = SpeakerTurns.Assign(raw),
            Removals = removals,
        };
    }
}
