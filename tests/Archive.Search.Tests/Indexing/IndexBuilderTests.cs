using Archive.Records;
using Archive.Search.Indexing;
using Archive.Search.Storage;
using Archive.Tests;
using Lucene.Net.Index;

namespace Archive.Search.Tests.Indexing;

/// <summary>The index is written by several threads at once, yet comes out the same every time.</summary>
public sealed class IndexBuilderTests
{
    [Fact]
    public void SameTranscriptsGiveTheSameDocumentOrderEveryTime()
    {
        var transcripts = Enumerable.Range(1, 40).Select(Make).ToList();
        var first = Build(transcripts);
        var second = Build(transcripts);
        Assert.Equal(transcripts.Sum(t => t.Paragraphs.Count), first.Count);
        Assert.Equal(first, second);
        // Every transcript's paragraphs stay together, in order, in one segment (grouping relies on it).
        foreach (var transcript in transcripts)
        {
            var mine = first.Where(d => d.Id == transcript.Id).ToList();
            Assert.Equal(Enumerable.Range(1, transcript.Paragraphs.Count), mine.Select(d => d.N));
            Assert.Single(mine.Select(d => d.Segment).Distinct());
        }
        // Both parts were given work, so each left one segment.
        Assert.Equal([0, 1], first.Select(d => d.Segment).Distinct().Order());
    }

    private static List<(string Id, int N, int Segment)> Build(List<Transcript> transcripts)
    {
        using var temp = new TempDir();
        var indexDir = temp.Combine(DataLayout.Index);
        using (var builder = new IndexBuilder(indexDir))
        {
            transcripts.ForEach(builder.Add);
            builder.Commit();
        }
        // One folder per part, each merged into one segment.
        Assert.Equal(["0", "1"], System.IO.Directory.GetDirectories(indexDir).Select(Path.GetFileName).Order());
        using var parts = IndexParts.Open(indexDir, positionalReads: true);
        var reader = parts.Reader;
        Assert.Equal(IndexBuilder.Parts, reader.Leaves.Count);
        // Written in the archive's codec (stored fields in small chunks), and read back by name.
        Assert.All(reader.Leaves, leaf => Assert.Equal(ArchiveCodec.RegisteredName, ((SegmentReader)leaf.AtomicReader).SegmentInfo.Info.Codec.Name));
        return [.. Enumerable.Range(0, reader.MaxDoc).Select(doc => (reader.Document(doc), ReaderUtil.SubIndex(doc, reader.Leaves)))
            .Select(d => (d.Item1.Get(SearchFields.Id), d.Item1.GetField(SearchFields.N).GetInt32Value() ?? 0, d.Item2))];
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
