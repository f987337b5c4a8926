using System.Text;
using Archive.Tests;

namespace Archive.Records.Tests;

public sealed class RecordsFileTests
{
    private static Transcript Make(string slug, params string[] texts) => new()
    {
        Id = "2014-07-10-" + slug,
        Url = "/2014/07/10/" + slug,
        Title = "Talks — “" + slug + "”",
        Date = new DateOnly(2014, 7, 10),
        Source = "President of Russia",
        Paragraphs = [.. texts.Select((t, i) => new Paragraph { N = i + 1, Text = t })],
        Provenance = new Provenance { File = "transcripts/" + slug + ".txt", Sha256 = new string('0', 64), Format = "plain-text" },
    };

    [Fact]
    public void EveryRecordIsOneLineAndItsSpanFindsItFromManyThreads()
    {
        using var temp = new TempDir();
        // Text with a newline, a line separator and non-Latin letters: none may break the line.
        Transcript[] transcripts = [Make("first", "Line one\nline two", "Привет\u2028world"), Make("second", "Short."), Make("third", new string('x', 100_000))];
        var spans = new List<RecordSpan>();
        using (var writer = new RecordsWriter(temp.Path))
        {
            spans.AddRange(transcripts.Select(writer.Write));
        }

        var lines = File.ReadAllText(RecordsFile.PathIn(temp.Path), Encoding.UTF8).Split('\n');
        Assert.Equal(transcripts.Length + 1, lines.Length);
        Assert.Equal("", lines[^1]);
        Assert.Equal(transcripts.Select(t => t.Id), RecordsFile.ReadAll(temp.Path).Select(t => t.Id));

        using var file = RecordsFile.Open(temp.Path);
        Parallel.For(0, 300, i =>
        {
            var k = i % transcripts.Length;
            var back = RecordsFile.Read(file, spans[k]);
            Assert.Equal(transcripts[k].Paragraphs, back.Paragraphs);
            Assert.Equal(transcripts[k].Title, back.Title);
        });
    }

    [Fact]
    public void ASpanPastTheEndOfTheFileSaysTheImportIsDamaged()
    {
        using var temp = new TempDir();
        RecordSpan span;
        using (var writer = new RecordsWriter(temp.Path))
        {
            span = writer.Write(Make("only", "Text."));
        }
        using var file = RecordsFile.Open(temp.Path);
        var error = Assert.Throws<EndOfStreamException>(() => RecordsFile.ReadBytes(file, span with { Offset = span.Offset + 10 }));
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriterRefusesToOverwriteAnExistingFile()
    {
        using var temp = new TempDir();
        File.WriteAllText(RecordsFile.PathIn(temp.Path), "earlier");
        Assert.Throws<IOException>(() => new RecordsWriter(temp.Path));
        Assert.Equal("earlier", File.ReadAllText(RecordsFile.PathIn(temp.Path)));
    }
}
