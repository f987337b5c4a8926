using Archive.Import.Speakers;

namespace Archive.Import.Tests.Speakers;

public sealed class MarkdownBoldTests
{
    [Theory]
    [InlineData("**MS. RIDINGS:** Good evening from Kansas City.", "MS. RIDINGS", "Good evening from Kansas City.")]
    [InlineData("**LEHRER: **Senator Dole, two minutes.", "LEHRER", "Senator Dole, two minutes.")]
    [InlineData("**   JIM LEHRER:** Good evening.", "JIM LEHRER", "Good evening.")]
    [InlineData("**President Reagan**: Thank you, Rector Logunov.", "President Reagan", "Thank you, Rector Logunov.")]
    [InlineData("**Audience:** No-o-o!", "Audience", "No-o-o!")]
    public void ABoldLabelIsSplitFromItsWords(string text, string label, string rest)
    {
        Assert.True(MarkdownBold.TryLabel(text, out var actualLabel, out var actualRest));
        Assert.Equal((label, rest), (actualLabel, actualRest));
    }

    [Theory]
    [InlineData("**We must distinguish the real from the illusory:** that is the task.")]
    [InlineData("**I know that you are constantly warned during your days here.**")]
    [InlineData("The MS. RIDINGS: note.")]
    public void BoldProseIsNoLabel(string text) => Assert.False(MarkdownBold.TryLabel(text, out _, out _));

    [Fact]
    public void AShortBoldLineIsAHeadingAndABoldSentenceIsNot()
    {
        Assert.True(MarkdownBold.TryHeading("**Central America**", out var heading));
        Assert.Equal("Central America", heading);
        Assert.False(MarkdownBold.TryHeading("**It's warmer here today than it was yesterday!**", out _));
    }

    [Theory]
    [InlineData("**It's warmer here today than it was yesterday!**", "It's warmer here today than it was yesterday!")]
    [InlineData("He said **no** twice.", "He said no twice.")]
    [InlineData("**I am grateful, Mr. Prime Minister. **Je me sens vraiment entre amis.", "I am grateful, Mr. Prime Minister. Je me sens vraiment entre amis.")]
    [InlineData("No one man is big enough to run this great Republic**. There never has been one.", "No one man is big enough to run this great Republic**. There never has been one.")]
    [InlineData("** March 4, 1917 to March 4, 1919.", "** March 4, 1917 to March 4, 1919.")]
    public void BoldMarksGoAndFootnoteMarksStay(string text, string stripped) => Assert.Equal(stripped, MarkdownBold.Strip(text));
}
