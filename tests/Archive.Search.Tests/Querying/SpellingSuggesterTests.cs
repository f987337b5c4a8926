using Archive.Search.Querying;

namespace Archive.Search.Tests.Querying;

public sealed class SpellingSuggesterTests(SyntheticIndexFixture index) : IClassFixture<SyntheticIndexFixture>
{
    [Theory]
    [InlineData("Afganistan", "Afghanistan")]
    [InlineData("stabilty in Afganistan", "stability in Afghanistan")]
    [InlineData("\"gas pipline\"", "\"gas pipeline\"")]
    public void AMisspelledWordGetsTheClosestIndexedWord(string q, string suggestion) =>
        Assert.Equal(suggestion, index.Searcher.Search(new SearchRequest(q)).Suggestion);

    [Fact]
    public void ASearchWithHitsGetsNoSuggestion() =>
        Assert.Null(index.Searcher.Search(new SearchRequest("Crimea")).Suggestion);

    [Fact]
    public void AWordWithNothingCloseGetsNoSuggestion() =>
        Assert.Null(index.Searcher.Search(new SearchRequest("xylophone")).Suggestion);

    [Theory]
    [InlineData("afganistan", "afghanistan", 1)]
    [InlineData("pipleine", "pipeline", 1)]
    [InlineData("abc", "abc", 0)]
    public void DistanceCountsEditsAndSwaps(string a, string b, int distance) =>
        Assert.Equal(distance, EditDistance.Of(a, b));
}
