using Archive.Import.Readers;
using Archive.Import.Speakers;

namespace Archive.Import.Tests.Speakers;

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
    [InlineData("THE PRESIDENT: Thank you very much.", "THE PRESIDENT", "Thank you very much.")]
    [InlineData("The President. Yes.", "The President", "Yes.")]
    [InlineData("Mr. Lehrer. Governor Clinton, one-minute response.", "Mr. Lehrer", "Governor Clinton, one-minute response.")]
    [InlineData("Ms. Walters. Thank you, Mr. Mondale.", "Ms. Walters", "Thank you, Mr. Mondale.")]
    [InlineData("President Bush. I think so.", "President Bush", "I think so.")]
    [InlineData("Governor Clinton. The most important distinction is this.", "Governor Clinton", "The most important distinction is this.")]
    [InlineData("MR. McGEE: Senator Kennedy, would you care to comment?", "MR. McGEE", "Senator Kennedy, would you care to comment?")]
    [InlineData("DR. BIRX:—is a good thing.", "DR. BIRX", "—is a good thing.")]
    [InlineData("AUDIENCE MEMBER: (Inaudible.)", "AUDIENCE MEMBER", "(Inaudible.)")]
    [InlineData("Richard Wightman, Fairchild Newspapers: Mr. President, you said so.", "Richard Wightman, Fairchild Newspapers", "Mr. President, you said so.")]
    [InlineData("The General Secretary: You repeat that at every meeting.", "The General Secretary", "You repeat that at every meeting.")]
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
    [InlineData("Gentlemen of the House of Representatives: The time which has elapsed is short.")]
    [InlineData("Fellow Citizens of the Senate and House of Representatives: I embrace the opportunity.")]
    [InlineData("MY FELLOW CITIZENS: As long ago as August, 1906, I said so.")]
    [InlineData("SIR: I desire to call your attention to a letter.")]
    [InlineData("GENERAL: The extraordinary character of your letter is plain.")]
    [InlineData("MR. PRESIDENT: In according to the minister this recognition.")]
    [InlineData("Mr. President. Could you tell us more?")]
    [InlineData("To Jamiel, Jenna, Susan and Jessica: I want you to know we will never stop.")]
    [InlineData("Ryan and Rebecca: You embody the goodness of our Nation.")]
    [InlineData("Similarly, in Central America: What we're doing is wrong.")]
    [InlineData("First, the Farm Act: It is based on the fact.")]
    [InlineData("ART. 1. The high contracting parties agree.")]
    [InlineData("SEC. 2. And be it further resolved.")]
    [InlineData("IV. A power should be reserved to the two governments.")]
    [InlineData("DEPARTMENT OF JUSTICE. EXPEDITION IN LEGAL PROCEDURE")]
    [InlineData("GEORGE. W. McLELLAN,")]
    [InlineData("MR. Smith said nothing.")]
    [InlineData("THE. PRESIDENT. I visited the camp last week.")]
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
        Assert.Equal([null, "Vladimir Putin", "Vladimir Putin", null, null, null, "Dmitry Medvedev"], paragraphs.Select(p => p.Speaker));
        Assert.Equal("Question", paragraphs[3].Label); // a role, not a person
        Assert.Equal(["Opening narration.", "First.", "Second.", "Third?", "* * *", "After the break.", "Said in bold."], paragraphs.Select(p => p.Text));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], paragraphs.Select(p => p.N));
    }
}
