using Archive.Search.Querying;
using Archive.Search.Scoring;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search.Tests.Scoring;

/// <summary>
/// A near-quote's words scored by <see cref="QuotationWords"/> must match the paragraphs Lucene's
/// minimum-should-match scorer matches, with the same scores to the bit, repeated words included.
/// </summary>
public sealed class QuotationWordsTests(MillerIndexFixture index) : IClassFixture<MillerIndexFixture>
{
    [Theory]
    // "the" and "people" twice; stop words with no stem.
    [InlineData("government of the people by the people")]
    [InlineData("the people of the united states")]
    // Twelve words, two may be missing.
    [InlineData("in the sight of heaven the people of the united states of america")]
    [InlineData("to preserve protect and defend the constitution")]
    public void MatchesAndScoresAreLucenes(string quotation)
    {
        var matches = QueryBuilder.Build(UserQuery.Parse(quotation))!.Matches!;
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        var words = QuotationWords.Of(matches, searcher);
        Assert.NotNull(words);
        MillerIndexFixture.AssertSameScores(searcher, matches, words.Score);
    }

    [Fact]
    public void OtherQueriesAreLeftToLucene()
    {
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        // A hyphenated word is a phrase; a word alone or two words are no quotation.
        Assert.Null(QuotationWords.Of(QueryBuilder.Build(UserQuery.Parse("the well-being of the people of the states"))!.Matches!, searcher));
        Assert.Null(QuotationWords.Of(QueryBuilder.Build(UserQuery.Parse("government"))!.Search, searcher));
        Assert.Null(QuotationWords.Of(QueryBuilder.Build(UserQuery.Parse("government people"))!.Search, searcher));
    }

    [Fact]
    public void ASearchRanksAsWithLucenesScorer()
    {
        using var lucene = new TranscriptSearcher(index.DataDir, SearchEngineOptions.Default with { QuotationWords = false });
        foreach (var quotation in new[] { "government of the people by the people", "to preserve protect and defend the constitution" })
        {
            var ours = index.Searcher.Search(new SearchRequest(quotation, PageSize: 100));
            var theirs = lucene.Search(new SearchRequest(quotation, PageSize: 100));
            Assert.Equal(theirs.Total, ours.Total);
            Assert.Equal(theirs.Groups.SelectMany(g => g.Hits.Select(h => h.Id + "/" + h.N)), ours.Groups.SelectMany(g => g.Hits.Select(h => h.Id + "/" + h.N)));
        }
    }
}
