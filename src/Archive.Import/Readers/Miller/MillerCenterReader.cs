using Archive.Import.Collections;
using Archive.Import.Speakers;

namespace Archive.Import.Readers.Miller;

/// <summary>
/// The Miller Center's presidential speeches (github.com/kfogel/presidential-speeches): the date and
/// title are in the file name, the first line is <c>President: Name</c>, and the rest is the speech,
/// one paragraph a line. The president is the source; who speaks each paragraph is worked out by
/// <see cref="MillerTurns"/> (his speech, or the turns of a debate or press conference).
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
        if (!MillerFileName.TryParse(Path.GetFileName(file.RelativePath), out var date, out var title, out var slug, out var pageName))
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
        var raw = MillerTurns.Assign([.. found.Select(p => p.Text)], president, date, title);
        return new DraftTranscript
        {
            Title = title,
            Slug = slug,
            Date = date,
            Source = president,
            Collection = KnownCollections.MillerCenter.Id,
            SourceUrl = MillerCenterUrl.For(date, pageName),
            Paragraphs = SpeakerTurns.Assign(raw, findLabelsInText: false),
            Removals = removals,
        };
    }
}
