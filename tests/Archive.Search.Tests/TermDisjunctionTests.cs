using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search.Tests;

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

    private void AssertSameScores(Query query)
    {
        var searcher = new IndexSearcher(_searcher.Reader) { Similarity = new BM25Similarity() };
        var terms = TermDisjunction.Of(query, searcher);
        Assert.NotNull(terms);
        MillerIndexFixture.AssertSameScores(searcher, query, terms.Score);
    }
}
