using Archive.Import;
using Archive.Records;
using Archive.Tests;

namespace Archive.Search.Tests;

/// <summary>
/// Real kremlin pages with paragraph breaks of every kind, imported once per test class with the seed:
/// 17520 (a section break between ¶2 and ¶4, a cut at the end), 17151 (a section break after ¶1),
/// 58502 (¶5 runs into ¶6), 17175 (a headline-only item: one paragraph) and the seed.
/// </summary>
public sealed class KremlinBreaksFixture : IDisposable
{
    private readonly TempDir _temp = new();

    public KremlinBreaksFixture()
    {
        foreach (var (folder, file) in new[] { ("kremlin-en-html", "17520"), ("kremlin-en-html", "17151"), ("kremlin-en-html", "58502"), ("kremlin-en-html-short", "17175") })
        {
            _temp.Write($"content/transcripts/news/{file}.html", File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, folder, "news", file + ".html")));
        }
        _temp.Write("content/transcripts/seed.txt", File.ReadAllBytes(RepoPaths.Seed));
        var report = new ContentImporter(new ImportOptions(_temp.Combine("content"), _temp.Combine("out")), TextWriter.Null).Run();
        Assert.Empty(report.Problems);
        Transcripts = RecordsFile.ReadAll(_temp.Combine("out")).ToList();
        Searcher = new TranscriptSearcher(_temp.Combine("out"));
    }

    public TranscriptSearcher Searcher { get; }

    public IReadOnlyList<Transcript> Transcripts { get; }

    public Transcript ByFile(string file) => Transcripts.Single(t => t.Provenance.File.EndsWith(file, StringComparison.Ordinal));

    public void Dispose()
    {
        Searcher.Dispose();
        _temp.Dispose();
    }
}
