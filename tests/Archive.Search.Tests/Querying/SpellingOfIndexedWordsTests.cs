namespace Archive.Search.Tests.Querying;

public sealed class SpellingOfIndexedWordsTests(SpellingIndexFixture index) : IClassFixture<SpellingIndexFixture>
{
    private SearchResults Search(string q) => index.Searcher.Search(new SearchRequest(q));

    [Fact]
    public void AMisspellingFoundThroughItsStemStillGetsTheWordItMeant()
    {
        var results = Search("sovereignity");
        Assert.Equal(5, results.Total);
        Assert.Equal("sovereignty", results.Suggestion);
    }

    [Fact]
    public void AMisspellingInAParagraphOfItsOwnGetsAFarCommonerNeighbour()
    {
        var results = Search("Presdient");
        Assert.Equal(1, results.Total);
        Assert.Equal("President", results.Suggestion);
    }

    [Theory]
    [InlineData("tariff")]
    [InlineData("protects")]
    [InlineData("goat")]
    [InlineData("president")]
    public void ARareRealWordStands(string q)
    {
        // Another form of a common word (tariffs), a word whose stem finds more paragraphs than a
        // typo has (protect, protected beside projects), a short word (goal), a common word.
        Assert.True(Search(q).Total > 0);
        Assert.Null(Search(q).Suggestion);
    }

    [Fact]
    public void AQuotationWithHitsIsNotQuestioned()
    {
        var results = Search("The president spoke about sovereignty and the bordr");
        Assert.Equal(60, results.Total);
        Assert.Null(results.Suggestion);
        Assert.Equal("the border", Search("the bordr").Suggestion);
    }
}
