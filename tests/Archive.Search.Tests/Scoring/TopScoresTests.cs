using Archive.Search.Indexing;
using Archive.Search.Scoring;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search.Tests.Scoring;

/// <summary>
/// <see cref="TopScores"/> keeps what Lucene's TopScoreDocCollector keeps, in the same order:
/// the best by score, of equal scores the lower document, whether the collector sees one part of
/// the index or all of them in turn, and with every paragraph scoring the same.
/// </summary>
public sealed class TopScoresTests(MillerIndexFixture index) : IClassFixture<MillerIndexFixture>
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var word in new[] { "government", "the", "commerce", "no-such-word" })
        {
            foreach (var size in new[] { 1, 10, 200, 100_000 })
            {
                data.Add(word, size);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void KeepsWhatLuceneKeepsInTheSameOrder(string word, int size)
    {
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        var term = new TermQuery(new Term(SearchFields.TextExact, word));
        // Scored, and all alike (every tie broken by document alone).
        foreach (var query in new Query[] { term, new ConstantScoreQuery(term) })
        {
            var expected = TopScoreDocCollector.Create(size, docsScoredInOrder: false);
            var actual = new TopScores(size);
            searcher.Search(query, expected);
            searcher.Search(query, actual);
            AssertSame(expected.GetTopDocs(), actual.GetTopDocs());
        }
    }

    [Fact]
    public void PartsMergedGiveWhatOneCollectorGives()
    {
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        var query = new ConstantScoreQuery(new TermQuery(new Term(SearchFields.TextExact, "the")));
        var whole = TopScoreDocCollector.Create(50, docsScoredInOrder: false);
        searcher.Search(query, whole);
        var weight = searcher.CreateNormalizedWeight(query);
        var parts = searcher.IndexReader.Leaves.Select(leaf =>
        {
            var part = new TopScores(50);
            part.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, false, leaf.AtomicReader.LiveDocs)!.Score(part);
            return part.GetTopDocs();
        }).ToArray();
        Assert.Equal(2, parts.Count(p => p.ScoreDocs.Length > 0));
        AssertSame(whole.GetTopDocs(), TopDocs.Merge(null, 50, parts));
    }

    [Fact]
    public void RanksFromAStartAndAnEmptyHeapAnswerAsLucene()
    {
        var none = new TopScores(10).GetTopDocs();
        Assert.Equal((0, 0, true), (none.TotalHits, none.ScoreDocs.Length, float.IsNaN(none.MaxScore)));

        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        var query = new TermQuery(new Term(SearchFields.TextExact, "government"));
        var expected = TopScoreDocCollector.Create(30, docsScoredInOrder: false);
        var actual = new TopScores(30);
        searcher.Search(query, expected);
        searcher.Search(query, actual);
        AssertSame(expected.GetTopDocs(5, 10), actual.GetTopDocs(5, 10));
    }

    private static void AssertSame(TopDocs expected, TopDocs actual)
    {
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.MaxScore, actual.MaxScore);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }
}
