using Archive.Records;

namespace Archive.Bench.Scaler;

/// <summary>Reads the records of an imported folder (any reader's output) as sources.</summary>
public static class RecordSource
{
    public static IEnumerable<SourceTranscript> Read(string dataDir)
    {
        var records = Path.Combine(dataDir, DataLayout.Records);
        foreach (var path in Directory.EnumerateFiles(records, "*.json").Order(StringComparer.Ordinal))
        {
            Transcript record;
            using (var stream = File.OpenRead(path))
            {
                record = RecordJson.ReadTranscript(stream);
            }
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
