using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Scoring;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search.Tests.Scoring;

/// <summary>
/// A disjunction of terms scored in batches must give every paragraph Lucene's own score, to the
/// bit: ties are broken by document order, so a score off by one rounding reorders the results.
/// Checked on real speeches (paragraph lengths, and so norms, of every size), in both parts.
/// </summary>
public sealed class TermDisjunctionTests(MillerIndexFixture index) : IClassFixture<MillerIndexFixture>
{
    private readonly TranscriptSearcher _searcher = index.Searcher;

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

    /// <summary>
    /// Each thread keeps its own term enumerators and reused postings (<see cref="TermScoring"/>):
    /// searches on many threads at once, words alone and near-quotes mixed, must answer exactly as
    /// the same searches one at a time.
    /// </summary>
    [Fact]
    public void SearchesOnManyThreadsAtOnceAnswerAsOneAtATime()
    {
        string[] queries = ["government", "commerce", "Indians", "treaty", "the", "liberty", "congress", "war",
            "the blessings of liberty", "the people of the united states", "peace and friendship with all nations"];
        static string Answer(SearchResults r) =>
            $"{r.Total} {r.Transcripts} " + string.Join(" | ", r.Hits.Select(h => $"{h.Id} {h.N} {h.SnippetHtml}"));
        var expected = queries.ToDictionary(q => q, q => Answer(_searcher.Search(new SearchRequest(q))));
        Assert.All(expected.Values, a => Assert.DoesNotMatch("^0 ", a));

        var order = Enumerable.Range(0, 20).SelectMany(_ => queries).ToArray();
        new Random(3).Shuffle(order);
        var answers = new string[order.Length];
        Parallel.For(0, order.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => answers[i] = Answer(_searcher.Search(new SearchRequest(order[i]))));

        for (var i = 0; i < order.Length; i++)
        {
            Assert.Equal(expected[order[i]], answers[i]);
        }
    }

    private void AssertSameScores(Query query)
    {
        var searcher = new IndexSearcher(_searcher.Reader) { Similarity = new BM25Similarity() };
        var terms = TermDisjunction.Of(query, searcher);
        Assert.NotNull(terms);
        MillerIndexFixture.AssertSameScores(searcher, query, terms.Score);
    }
}
