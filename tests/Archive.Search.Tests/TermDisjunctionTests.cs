using Archive.Import;
using Archive.Tests;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search.Tests;

/// <summary>
/// A disjunction of terms scored in batches must give every paragraph Lucene's own score, to the
/// bit: ties are broken by document order, so a score off by one rounding reorders the results.
/// Checked on real speeches (paragraph lengths, and so norms, of every size), in both parts.
/// </summary>
public sealed class TermDisjunctionTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly TranscriptSearcher _searcher;

    public TermDisjunctionTests()
    {
        var data = Path.Combine(RepoPaths.Corpus, "miller-center-txt", "data");
        foreach (var file in Directory.GetFiles(data, "*.txt").Order(StringComparer.Ordinal).Take(60))
        {
            _temp.Write("content/transcripts/" + Path.GetFileName(file), File.ReadAllBytes(file));
        }
        var report = new ContentImporter(new ImportOptions(_temp.Combine("content"), _temp.Combine("out")), TextWriter.Null).Run();
        Assert.Empty(report.Problems);
        _searcher = new TranscriptSearcher(_temp.Combine("out"));
    }

    [Theory]
    [InlineData("government")]
    [InlineData("governments")]
    [InlineData("commerce")]
    [InlineData("Indians")]
    [InlineData("the")]
    public void AWordAloneScoresAsLuceneScoresIt(string word) =>
        AssertSameScores(QueryBuilder.Build(UserQuery.Parse(word))!.Search);

    [Fact]
    public void TermsOfSeveralFieldsWithBoostsScoreAsLuceneScoresThem() =>
        AssertSameScores(new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.TextExact, "treaty")) { Boost = 2 }, Occur.SHOULD },
            { new TermQuery(new Term(SearchFields.TextStem, "treati")), Occur.SHOULD },
            { new TermQuery(new Term(SearchFields.TextExact, "peace")), Occur.SHOULD },
            { new TermQuery(new Term(SearchFields.TextExact, "no-such-word")), Occur.SHOULD },
        });

    [Fact]
    public void OtherQueriesAreLeftToLucene()
    {
        var searcher = new IndexSearcher(_searcher.Reader) { Similarity = new BM25Similarity() };
        Assert.Null(TermDisjunction.Of(QueryBuilder.Build(UserQuery.Parse("\"the people\""))!.Search, searcher));
        Assert.Null(TermDisjunction.Of(QueryBuilder.Build(UserQuery.Parse("grain harvest"))!.Search, searcher));
        Assert.Null(TermDisjunction.Of(QueryBuilder.Build(UserQuery.Parse("grain OR harvest"))!.Search, searcher));
    }

    private void AssertSameScores(Query query)
    {
        var reader = _searcher.Reader;
        Assert.Equal(IndexBuilder.Parts, reader.Leaves.Count);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var expected = searcher.Search(query, reader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);

        var terms = TermDisjunction.Of(query, searcher);
        Assert.NotNull(terms);
        var actual = new Dictionary<int, float>();
        foreach (var leaf in reader.Leaves)
        {
            var collector = new Recorder(leaf.DocBase, actual);
            terms.Score(leaf, collector);
            Assert.True(collector.InOrder);
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (doc, score) in expected)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(score), BitConverter.SingleToInt32Bits(actual[doc]));
        }
        // Both parts had matches.
        Assert.Equal(2, expected.Keys.Select(d => ReaderUtil.SubIndex(d, reader.Leaves)).Distinct().Count());
    }

    private sealed class Recorder(int docBase, Dictionary<int, float> scores) : ICollector
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

    public void Dispose()
    {
        _searcher.Dispose();
        _temp.Dispose();
    }
}
