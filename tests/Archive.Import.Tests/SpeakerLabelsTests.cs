using Archive.Import.Readers;

namespace Archive.Import.Tests;

public sealed class SpeakerLabelsTests
{
    [Theory]
    [InlineData("Vladimir Putin: Good afternoon, colleagues.", "Vladimir Putin", "Good afternoon, colleagues.")]
    [InlineData("President of Russia Vladimir Putin: Thank you.", "President of Russia Vladimir Putin", "Thank you.")]
    [InlineData("Question: What about gas prices?", "Question", "What about gas prices?")]
    [InlineData("Remark: Thank you.", "Remark", "Thank you.")]
    [InlineData("THE PRESIDENT. Ladies and gentlemen.", "THE PRESIDENT", "Ladies and gentlemen.")]
    [InlineData("Q. Mr. President, will you run again?", "Q", "Mr. President, will you run again?")]
    [InlineData("MR. KENNEDY: I have a statement.", "MR. KENNEDY", "I have a statement.")]
    [InlineData("Dmitry Peskov (retranslated): Good evening.", "Dmitry Peskov", "Good evening.")]
    public void LabelIsSplitFromTheWords(string text, string speaker, string rest)
    {
        Assert.True(SpeakerLabels.TryParse(text, out var s, out var r));
        Assert.Equal((speaker, rest), (s, r));
    }

    [Theory]
    [InlineData("Here is the point: we will not give up.")]
    [InlineData("There are three things: peace, bread and land.")]
    [InlineData("OK. Let us start.")]
    [InlineData("NATO is expanding eastwards.")]
    [InlineData("In 2014: a year of change.")]
    [InlineData("I said: “No.”")]
    [InlineData("However: this is not so.")]
    public void OrdinarySentencesAreNotLabels(string text) =>
        Assert.False(SpeakerLabels.TryParse(text, out _, out _));

    [Fact]
    public void SpeakerCarriesForwardUntilTheNextLabelAndBreaksEndTurns()
    {
        var paragraphs = SpeakerTurns.Assign(
        [
            new RawParagraph("Opening narration."),
            new RawParagraph("Vladimir Putin: First."),
            new RawParagraph("Second."),
            new RawParagraph("Question: Third?"),
            new RawParagraph("* * *", Archive.Records.ParagraphKind.SectionBreak),
            new RawParagraph("After the break."),
            new RawParagraph("Said in bold.", Label: "Dmitry Medvedev"),
        ]);
        Assert.Equal([null, "Vladimir Putin", "Vladimir Putin", "Question", null, null, "Dmitry Medvedev"], paragraphs.Select(p => p.Speaker));
        Assert.Equal(["Opening narration.", "First.", "Second.", "Third?", "* * *", "After the break.", "Said in bold."], paragraphs.Select(p => p.Text));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], paragraphs.Select(p => p.N));
    }
}
