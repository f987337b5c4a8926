namespace Archive.Records.Tests;

public sealed class TranscriptIdsTests
{
    [Theory]
    [InlineData("Meeting with heads of security and intelligence services of CIS\u00A0states", "meeting-with-heads-of-security-and-intelligence-services-of-cis-states")]
    [InlineData("Russia’s role: “a partner”", "russias-role-a-partner")]
    [InlineData("Café in Zürich — talks", "cafe-in-zurich-talks")]
    [InlineData("Встреча с Президентом", "transcript")]
    [InlineData("   ", "transcript")]
    public void SlugIsLowerCaseAsciiWordsJoinedByHyphens(string title, string slug) =>
        Assert.Equal(slug, TranscriptIds.Slug(title));

    [Fact]
    public void LongTitlesAreCutAtAWordBoundary()
    {
        var slug = TranscriptIds.Slug(string.Join(' ', Enumerable.Repeat("conference", 20)));
        Assert.True(slug.Length <= 80);
        Assert.EndsWith("conference", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void IdAndUrlCarryTheDate()
    {
        var date = new DateOnly(2014, 7, 10);
        Assert.Equal("2014-07-10-talks", TranscriptIds.Id(date, "talks"));
        Assert.Equal("/2014/07/10/talks", TranscriptIds.Url(date, "talks"));
    }
}
