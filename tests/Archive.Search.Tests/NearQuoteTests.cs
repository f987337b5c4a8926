namespace Archive.Search.Tests;

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
