using System.Text;

namespace Archive.Records.Tests;

public sealed class RecordJsonTests
{
    private static readonly Transcript Sample = new()
    {
        Id = "2014-07-10-talks",
        Url = "/2014/07/10/talks",
        Title = "Talks — “quoted”",
        Date = new DateOnly(2014, 7, 10),
        Source = "President of Russia",
        Paragraphs =
        [
            new Paragraph { N = 1, Speaker = "Vladimir Putin", Text = "Привет, <world> & “friends”." },
            new Paragraph { N = 2, Kind = ParagraphKind.SectionBreak, Text = "* * *" },
        ],
        Provenance = new Provenance { File = "transcripts/a.txt", Sha256 = new string('0', 64), Format = "plain-text" },
    };

    private static string Write(Transcript t)
    {
        using var stream = new MemoryStream();
        RecordJson.Write(stream, t);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void RecordRoundTripsThroughJson()
    {
        var back = RecordJson.ReadTranscript(Write(Sample));
        Assert.Equal(Sample.Title, back.Title);
        Assert.Equal(Sample.Date, back.Date);
        Assert.Equal(Sample.Paragraphs, back.Paragraphs);
        Assert.Equal(Sample.Provenance, back.Provenance);
    }

    [Fact]
    public void JsonKeepsTextReadableAndNamesFieldsAsDocumented()
    {
        var json = Write(Sample);
        Assert.Contains("\"text\": \"Привет, <world> & “friends”.\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2014-07-10\"", json, StringComparison.Ordinal);
        Assert.Contains("\"anchor\": \"p2\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"section-break\"", json, StringComparison.Ordinal);
        Assert.Contains("\"venue\": null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void SpeakersAreListedOnceInOrderOfFirstTurn()
    {
        var t = Sample with
        {
            Paragraphs =
            [
                new Paragraph { N = 1, Speaker = "B", Text = "x" },
                new Paragraph { N = 2, Speaker = "A", Text = "x" },
                new Paragraph { N = 3, Speaker = "B", Text = "x" },
                new Paragraph { N = 4, Text = "x" },
            ],
        };
        Assert.Equal(["B", "A"], t.Speakers());
        Assert.Equal(3, t.SpeakerTurns());
    }

    [Fact]
    public void CatalogEntriesShareOneInstanceOfARepeatedSourceVenueAndSpeaker()
    {
        var summary = TranscriptSummary.Of(Sample) with { Venue = "The Kremlin, Moscow" };
        using var stream = new MemoryStream();
        RecordJson.Write(stream, new[] { summary, summary with { Id = "2014-07-10-other", Url = "/2014/07/10/other" } });
        stream.Position = 0;
        var catalog = RecordJson.ReadCatalog(stream);
        Assert.Equal(2, catalog.Count);
        Assert.Same(catalog[0].Source, catalog[1].Source);
        Assert.Same(catalog[0].Venue, catalog[1].Venue);
        Assert.Same(catalog[0].Speakers[0], catalog[1].Speakers[0]);
        Assert.Equal(["Vladimir Putin"], catalog[1].Speakers);
        Assert.Equal(summary.Source, catalog[0].Source);
    }
}
