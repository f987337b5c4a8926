using Archive.Records;

namespace Archive.Bench.Scaler;

/// <summary>Reads the records of an imported folder (any reader's output) as sources.</summary>
public static class RecordSource
{
    public static IEnumerable<SourceTranscript> Read(string dataDir)
    {
        // In the order of the former one-file-per-record layout (file names), so the same sources
        // shuffle into the same scaled corpus as before.
        foreach (var record in RecordsFile.ReadAll(dataDir).OrderBy(t => t.Id + ".json", StringComparer.Ordinal))
        {
            yield return new SourceTranscript(record.Title, record.Date, record.Source, record.Venue, record.Summary, Turns(record.Paragraphs));
        }
    }

    /// <summary>Keeps a speaker only where the turn changes, as the source's own labels stood.</summary>
    private static List<SourceParagraph> Turns(IReadOnlyList<Paragraph> paragraphs)
    {
        var result = new List<SourceParagraph>(paragraphs.Count);
        string? previous = null;
        foreach (var p in paragraphs)
        {
            var text = p.Kind == ParagraphKind.SectionBreak ? "* * *" : p.Text;
            result.Add(new SourceParagraph(p.Speaker is not null && p.Speaker != previous ? p.Speaker : null, text));
            previous = p.Speaker;
        }
        return result;
    }
}
