using Archive.Records;
using Archive.Search.Indexing;
using Archive.Tests;

namespace Archive.Search.Tests;

/// <summary>
/// A small index built straight from Transcript records, written to show one behaviour each:
/// common-word quotations, near-quotes and their decoys, speakers, venues, years, collections, long transcripts.
/// </summary>
public sealed class SyntheticIndexFixture : IDisposable
{
    public const string Thanks = "I would like to thank all of you for the hard work you have done this year for our country.";

    private readonly TempDir _temp = new();

    public SyntheticIndexFixture()
    {
        using (var builder = new IndexBuilder(_temp.Combine(DataLayout.Index)))
        {
            builder.Add(Make("kremlin-talks", new DateOnly(2010, 3, 1), "The Kremlin, Moscow",
                ("Vladimir Putin", "To be or not to be, that is the question we must answer together."),
                ("Dmitry Medvedev", "The situation in Afghanistan remains difficult, and our partners know it."),
                (null, "We discussed energy cooperation and the gas pipeline.")) with
            { Collection = "miller-center" });
            var sochi = Make("sochi-forum", new DateOnly(2012, 6, 15), "Sochi",
                ("Vladimir Putin", "Economic growth depends on investment in infrastructure and on the confidence of business."),
                (null, "Afghanistan and drug trafficking were discussed at length."));
            builder.Add(sochi with { Collection = "kremlin", Paragraphs = [sochi.Paragraphs[0] with { Label = "President of Russia Vladimir Putin" }, .. sochi.Paragraphs.Skip(1)] });
            builder.Add(Make("year-end-meeting", new DateOnly(2014, 9, 20), "Novo-Ogaryovo, Moscow Region",
                (null, Thanks),
                (null, "I would like to thank all the governors for their work in the regions this year."),
                (null, "Stability in Afghanistan matters to the whole region.")));
            builder.Add(Make("crimea-address", new DateOnly(2014, 3, 18), "The Kremlin, Moscow",
                [.. Enumerable.Range(1, 5).Select(i => ((string?)null, $"Crimea, point {i}: the people of Crimea <b>voted</b> & spoke."))]) with
            { Collection = "kremlin" });
            builder.Commit();
        }
        Searcher = new TranscriptSearcher(_temp.Path, SearchEngineUnderTest.Options);
    }

    public TranscriptSearcher Searcher { get; }

    /// <summary>Hits as "slug/n", in result order.</summary>
    public string[] Find(string q) => Find(new SearchRequest(q));

    public string[] Find(SearchRequest request) =>
        [.. Searcher.Search(request).Hits.Select(h => h.Id[11..] + "/" + h.N)];

    private static Transcript Make(string slug, DateOnly date, string venue, params (string? Speaker, string Text)[] paragraphs) => new()
    {
        Id = TranscriptIds.Id(date, slug),
        Url = TranscriptIds.Url(date, slug),
        Title = slug.Replace('-', ' '),
        Date = date,
        Source = "Test",
        Venue = venue,
        Paragraphs = [.. paragraphs.Select((p, i) => new Paragraph { N = i + 1, Speaker = p.Speaker, Text = p.Text })],
        Provenance = new Provenance { File = slug + ".txt", Sha256 = new string('0', 64), Format = "test" },
    };

    public void Dispose()
    {
        Searcher.Dispose();
        _temp.Dispose();
    }
}
