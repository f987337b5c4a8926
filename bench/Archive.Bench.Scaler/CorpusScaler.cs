using System.Globalization;
using System.Text;
using Archive.Records;

namespace Archive.Bench.Scaler;

/// <summary>
/// Writes copies of real transcripts until the folder holds the paragraphs asked for. Copy k (from 0)
/// of a transcript is dated <see cref="ShiftDays"/> x k days before the original and titled
/// "Title (part k+1)", so ids stay unique and dates spread over many years; the words are the source's own.
/// </summary>
public sealed class CorpusScaler(IReadOnlyList<SourceTranscript> sources, string outDir)
{
    /// <summary>Days between copies: not a multiple of a week or month, so copies fall on every weekday and in every month.</summary>
    public const int ShiftDays = 97;

    public long Paragraphs { get; private set; }
    public int Transcripts { get; private set; }
    public int Copies { get; private set; }
    public DateOnly First { get; private set; } = DateOnly.MaxValue;
    public DateOnly Last { get; private set; } = DateOnly.MinValue;

    public void Run(long target)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var copy = 0; Paragraphs < target; copy++)
        {
            Copies = copy + 1;
            foreach (var source in sources)
            {
                var kept = source.Paragraphs.Where(PlainTextWriter.Keeps).ToList();
                if (kept.Count == 0)
                {
                    continue;
                }
                var remaining = target - Paragraphs;
                if (remaining <= 0)
                {
                    return;
                }
                if (kept.Count > remaining)
                {
                    kept = kept[..(int)remaining];
                }
                var date = source.Date.AddDays(-ShiftDays * copy);
                var title = copy == 0 ? source.Title : $"{source.Title} (part {copy + 1})";
                var text = PlainTextWriter.Write(title, date, source.Source, source.Summary, source.Venue, kept);
                File.WriteAllText(PathFor(date, title, names), text, new UTF8Encoding(false));
                Paragraphs += kept.Count;
                Transcripts++;
                First = date < First ? date : First;
                Last = date > Last ? date : Last;
            }
        }
    }

    private string PathFor(DateOnly date, string title, HashSet<string> names)
    {
        var year = date.Year.ToString("D4", CultureInfo.InvariantCulture);
        var stem = TranscriptIds.Id(date, TranscriptIds.Slug(title));
        var name = stem;
        for (var n = 2; !names.Add(name); n++)
        {
            name = $"{stem}-{n}";
        }
        var dir = Path.Combine(outDir, "transcripts", year);
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name + ".txt");
    }
}
