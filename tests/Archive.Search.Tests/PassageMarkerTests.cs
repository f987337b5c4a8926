namespace Archive.Search.Tests;

public sealed class PassageMarkerTests
{
    [Fact]
    public void MarksEveryMatchAndEncodesTheRest()
    {
        var marker = PassageMarker.For("crimea voted");
        var marked = marker!.Mark("Crimea: the people of Crimea <b>voted</b>");
        Assert.StartsWith("<mark>Crimea</mark>: the people of <mark>Crimea</mark> &lt;b&gt;<mark>voted</mark>&lt;", marked, StringComparison.Ordinal);
        Assert.DoesNotContain("</b>", marked, StringComparison.Ordinal);
    }

    [Fact]
    public void APhraseIsMarkedOnlyWhereItStands() =>
        Assert.Equal("to be is not to be: <mark>to</mark> <mark>be</mark> <mark>or</mark> <mark>not</mark> <mark>to</mark> <mark>be</mark>",
            PassageMarker.For("\"to be or not to be\"")!.Mark("to be is not to be: to be or not to be"));

    [Fact]
    public void AParagraphWithNothingToMarkIsEncodedWhole() =>
        Assert.Equal("Nothing &lt;here&gt;.", PassageMarker.For("pipeline")!.Mark("Nothing <here>."));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("((")]
    public void NothingToMarkGivesNoMarker(string q) => Assert.Null(PassageMarker.For(q));
}
