using Archive.Records;
using Archive.Search.Indexing;
using Archive.Tests;

namespace Archive.Search.Tests;

/// <summary>
/// 1,000 paragraphs in which some words are common and their misspellings or rarer relatives are
/// in a paragraph or a few, so that "did you mean" can be asked about words the index holds:
/// enough paragraphs that a word in ten of them is still rare.
/// </summary>
public sealed class SpellingIndexFixture : IDisposable
{
    private readonly TempDir _temp = new();

    public SpellingIndexFixture()
    {
        var texts = new List<string>();
        void Add(int count, string text) => texts.AddRange(Enumerable.Repeat(text, count));
        Add(60, "The president spoke about sovereignty and the border.");
        Add(1, "A letter to the presdient was read out.");
        Add(5, "The sovereign debt was discussed.");
        Add(60, "New tariffs on steel were announced.");
        Add(2, "The tariff on grain stays.");
        Add(60, "Regional projects were funded.");
        Add(1, "The law protects investors.");
        Add(3, "We must protect the environment.");
        Add(3, "The reserve is protected by law.");
        Add(60, "Our goal is growth.");
        Add(1, "A goat was mentioned.");
        texts.AddRange(Enumerable.Range(texts.Count, 1000 - texts.Count).Select(i => $"Ordinary remarks, item {i}."));
        using (var builder = new IndexBuilder(_temp.Combine(DataLayout.Index)))
        {
            foreach (var chunk in texts.Chunk(100).Select((c, i) => (Texts: c, Number: i)))
            {
                var date = new DateOnly(2015, 1, 1).AddDays(chunk.Number);
                var slug = $"meeting-{chunk.Number}";
                builder.Add(new Transcript
                {
                    Id = TranscriptIds.Id(date, slug),
                    Url = TranscriptIds.Url(date, slug),
                    Title = slug,
                    Date = date,
                    Source = "Test",
                    Paragraphs = [.. chunk.Texts.Select((t, i) => new Paragraph { N = i + 1, Text = t })],
                    Provenance = new Provenance { File = slug + ".txt", Sha256 = new string('0', 64), Format = "test" },
                });
            }
            builder.Commit();
        }
        Searcher = new TranscriptSearcher(_temp.Path, SearchEngineUnderTest.Options);
    }

    public TranscriptSearcher Searcher { get; }

    public void Dispose()
    {
        Searcher.Dispose();
        _temp.Dispose();
    }
}
