using Archive.Search.Querying;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search.Tests.Scoring;

/// <summary>Quotations remembered nearly right still find their paragraph, above a paragraph that shares most of the words.</summary>
public sealed class NearQuoteTests(SyntheticIndexFixture index) : IClassFixture<SyntheticIndexFixture>
{
    [Theory]
    [InlineData("I would like to thank all of you for the hard labour you have done this year")]
    [InlineData("I would like to thank all of you for hard work you have done this year")]
    [InlineData("would like to thank you all for the hard work")]
    [InlineData("i'd like to thank all of you for the hard work you have done")]
    public void AQuotationWithAWordChangedOrMissingFindsItsParagraphFirst(string q) =>
        Assert.Equal("year-end-meeting/1", index.Find(q).First());

    [Fact]
    public void ExactQuotationInQuotesFindsOnlyItsParagraph() =>
        Assert.Equal(["year-end-meeting/1"], index.Find("\"hard work you have done this year\""));

    [Fact]
    public void FewerThanSixLooseWordsMustAllMatch() =>
        Assert.Empty(index.Find("thank governors hard labour"));
}

/// <summary>A near-quote's phrase boosts, scored afterwards on the best candidates only, rank as the whole query does.</summary>
public sealed class NearQuoteRescoreTests(SyntheticIndexFixture index) : IClassFixture<SyntheticIndexFixture>
{
    [Theory]
    [InlineData("would like to thank all for work this year")]
    [InlineData("the people of crimea voted spoke")]
    public void SameOrderAndScoresAsTheWholeQuery(string q)
    {
        var built = QueryBuilder.Build(UserQuery.Parse(q))!;
        Assert.NotNull(built.Matches);
        Assert.NotNull(built.Boosts);
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        var whole = searcher.Search(built.Search, 100).ScoreDocs;
        var rescored = index.Searcher.Rescore(searcher.Search(built.Matches, 100), built.Boosts, 100).ScoreDocs;

        Assert.True(whole.Length > 1);
        Assert.Equal(whole.Select(d => d.Doc), rescored.Select(d => d.Doc));
        Assert.Equal(whole.Select(d => d.Score), rescored.Select(d => d.Score), (a, b) => Math.Abs(a - b) < 1e-4f);
    }

    [Fact]
    public void OnlyTheWindowIsKept()
    {
        var built = QueryBuilder.Build(UserQuery.Parse("the people of crimea voted spoke"))!;
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        var first = searcher.Search(built.Matches!, 100);
        var rescored = index.Searcher.Rescore(first, built.Boosts!, 2);
        Assert.Equal(2, rescored.ScoreDocs.Length);
        Assert.Equal(first.TotalHits, rescored.TotalHits);
        Assert.Equal(searcher.Search(built.Search, 2).ScoreDocs.Select(d => d.Doc), rescored.ScoreDocs.Select(d => d.Doc));
    }
}
