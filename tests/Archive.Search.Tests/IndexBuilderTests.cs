using Archive.Records;
using Archive.Tests;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Archive.Search.Tests;

/// <summary>The index is written by several threads at once, yet comes out the same every time.</summary>
public sealed class IndexBuilderTests
{
    [Fact]
    public void SameTranscriptsGiveOneSegmentInTheSameDocumentOrderEveryTime()
    {
        var transcripts = Enumerable.Range(1, 40).Select(Make).ToList();
        var first = Build(transcripts);
        var second = Build(transcripts);
        Assert.Equal(transcripts.Sum(t => t.Paragraphs.Count), first.Count);
        Assert.Equal(first, second);
        // Every transcript's paragraphs stay together and in order.
        foreach (var transcript in transcripts)
        {
            var mine = first.Where(d => d.Id == transcript.Id).Select(d => d.N).ToList();
            Assert.Equal(Enumerable.Range(1, transcript.Paragraphs.Count), mine);
        }
    }

    private static List<(string Id, int N)> Build(List<Transcript> transcripts)
    {
        using var temp = new TempDir();
        var indexDir = temp.Combine(DataLayout.Index);
        using (var builder = new IndexBuilder(indexDir))
        {
            transcripts.ForEach(builder.Add);
            builder.Commit();
        }
        // The parts were merged and removed: only the index is left.
        Assert.Equal([DataLayout.Index], System.IO.Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
        using var directory = new NIOFSDirectory(indexDir);
        using var reader = DirectoryReader.Open(directory);
        Assert.Single(reader.Leaves);
        return [.. Enumerable.Range(0, reader.MaxDoc).Select(reader.Document)
            .Select(d => (d.Get(SearchFields.Id), d.GetField(SearchFields.N).GetInt32Value() ?? 0))];
    }

    /// <summary>Transcripts of 1 to 7 paragraphs, so the parts get unequal shares.</summary>
    private static Transcript Make(int i)
    {
        var date = new DateOnly(2000, 1, 1).AddDays(i);
        var slug = "meeting-" + i;
        return new Transcript
        {
            Id = TranscriptIds.Id(date, slug),
            Url = TranscriptIds.Url(date, slug),
            Title = "Meeting " + i,
            Date = date,
            Source = "Test",
            Paragraphs = [.. Enumerable.Range(1, 1 + i * 5 % 7).Select(n => new Paragraph { N = n, Text = $"Paragraph {n} of meeting {i} on trade and energy." })],
            Provenance = new Provenance { File = slug + ".txt", Sha256 = new string('0', 64), Format = "test" },
        };
    }
}
