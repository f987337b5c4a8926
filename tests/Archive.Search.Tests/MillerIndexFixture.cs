using Archive.Import;
using Archive.Search.Indexing;
using Archive.Tests;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Tests;

/// <summary>
/// The first 60 Miller Center speeches imported once per test class (real paragraphs of every
/// length, in both parts of the index), and a check that a scorer of ours gives every paragraph
/// Lucene's own score, to the bit: ties are broken by document order, so a score off by one
/// rounding reorders the results.
/// </summary>
public sealed class MillerIndexFixture : IDisposable
{
    private readonly TempDir _temp = new();

    public MillerIndexFixture()
    {
        var data = Path.Combine(RepoPaths.Corpus, "miller-center-txt", "data");
        foreach (var file in Directory.GetFiles(data, "*.txt").Order(StringComparer.Ordinal).Take(60))
        {
            _temp.Write("content/transcripts/" + Path.GetFileName(file), File.ReadAllBytes(file));
        }
        var report = new ContentImporter(new ImportOptions(_temp.Combine("content"), _temp.Combine("out")), TextWriter.Null).Run();
        Assert.Empty(report.Problems);
        DataDir = _temp.Combine("out");
        Searcher = new TranscriptSearcher(DataDir, SearchEngineUnderTest.Options);
    }

    public string DataDir { get; }

    public TranscriptSearcher Searcher { get; }

    /// <summary>
    /// Asserts that <paramref name="score"/>, run on each part, gives the paragraphs Lucene matches
    /// for <paramref name="query"/>, in document order, each with Lucene's score; and that both parts had some.
    /// </summary>
    public static void AssertSameScores(IndexSearcher searcher, Query query, Action<AtomicReaderContext, ICollector> score)
    {
        var reader = searcher.IndexReader;
        Assert.Equal(IndexBuilder.Parts, reader.Leaves.Count);
        var expected = searcher.Search(query, reader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        var actual = new Dictionary<int, float>();
        foreach (var leaf in reader.Leaves)
        {
            var collector = new Recorder(leaf.DocBase, actual);
            score(leaf, collector);
            Assert.True(collector.InOrder);
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (doc, expectedScore) in expected)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(expectedScore), BitConverter.SingleToInt32Bits(actual[doc]));
        }
        Assert.Equal(2, expected.Keys.Select(d => ReaderUtil.SubIndex(d, reader.Leaves)).Distinct().Count());
    }

    public void Dispose()
    {
        Searcher.Dispose();
        _temp.Dispose();
    }

    internal sealed class Recorder(int docBase, Dictionary<int, float> scores) : ICollector
    {
        private Scorer? _scorer;
        private int _last = -1;

        public bool InOrder { get; private set; } = true;

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc)
        {
            InOrder &= doc > _last;
            _last = doc;
            scores.Add(docBase + doc, _scorer!.GetScore());
        }
    }
}
