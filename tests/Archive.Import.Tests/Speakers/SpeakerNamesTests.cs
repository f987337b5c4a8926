using Archive.Import.Readers;
using Archive.Import.Speakers;
using Archive.Records;

namespace Archive.Import.Tests.Speakers;

public sealed class SpeakerNamesTests
{
    [Fact]
    public void ALabelEndingWithAnotherLabelOfTheTranscriptTakesThatName()
    {
        var resolved = SpeakerNames.Resolve(Turns("Head of the Federal Agency Lt-Gen Valery Kapashin", "Question", "Valery Kapashin"));

        Assert.Equal(("Valery Kapashin", "Head of the Federal Agency Lt-Gen Valery Kapashin"), (resolved[0].Speaker, resolved[0].Label));
        Assert.Equal(("Valery Kapashin", (string?)null), (resolved[2].Speaker, resolved[2].Label));
    }

    [Fact]
    public void AnOfficeFollowedByANameGivesTheNameEvenWhenTheTranscriptNeverShortensIt()
    {
        var resolved = SpeakerNames.Resolve(Turns("President of Russia Vladimir Putin", "Prime Minister of Israel Benjamin Netanyahu", "President of Turkey Recep Tayyip Erdogan"));

        Assert.Equal(["Vladimir Putin", "Benjamin Netanyahu", "Recep Tayyip Erdogan"], resolved.Select(p => p.Speaker));
        Assert.Equal(["President of Russia Vladimir Putin", "Prime Minister of Israel Benjamin Netanyahu", "President of Turkey Recep Tayyip Erdogan"], resolved.Select(p => p.Label));
    }

    [Theory]
    [InlineData("Question")]
    [InlineData("Remark")]
    [InlineData("Response from the hall")]
    [InlineData("Vladimir Putin")]
    [InlineData("President of Russia")]
    [InlineData("President of Russian Railways Oleg Belozerov")]
    [InlineData("Prime Minister of Bavaria Horst Seehofer")]
    [InlineData("President of Russia, Supreme Commander-in-Chief of Russia Vladimir Putin")]
    [InlineData("Prime Minister and Interior Minister of Serbia Ivica Dacic")]
    public void ALabelThatNamesNoOneByAKnownOfficeStaysTheSpeaker(string label)
    {
        var resolved = SpeakerNames.Resolve(Turns(label, "Question"));

        Assert.Equal((label, (string?)null), (resolved[0].Speaker, resolved[0].Label));
    }

    [Fact]
    public void ASurnameTakesTheOneFullNameEndingWithItAndATitleMustMatch()
    {
        var resolved = SpeakerNames.Resolve(Turns("Putin", "Vladimir Putin", "Governor Ivanov", "Sergei Ivanov", "Ivanov", "Viktor Ivanov"));

        Assert.Equal(["Vladimir Putin", "Vladimir Putin", "Governor Ivanov", "Sergei Ivanov", "Ivanov", "Viktor Ivanov"], resolved.Select(p => p.Speaker));
        Assert.Equal("Putin", resolved[0].Label);
    }

    [Fact]
    public void ALabelIsOnlyShortenedAtAWordBoundary()
    {
        var resolved = SpeakerNames.Resolve(Turns("Ian MacDonald Smith", "Donald Smith"));

        Assert.Equal(["Ian MacDonald Smith", "Donald Smith"], resolved.Select(p => p.Speaker));
    }

    [Fact]
    public void ALabelAReaderAlreadyReplacedKeepsItsSpeakerAndLabel()
    {
        Paragraph[] paragraphs =
        [
            new() { N = 1, Speaker = "Donald Trump", Label = "President Trump", Text = "Words." },
            new() { N = 2, Speaker = "President of Russia Vladimir Putin", Text = "More words." },
        ];

        var resolved = SpeakerNames.Resolve(paragraphs);

        Assert.Equal(paragraphs[0], resolved[0]);
        Assert.Equal(("Vladimir Putin", "President of Russia Vladimir Putin"), (resolved[1].Speaker, resolved[1].Label));
    }

    [Fact]
    public void EveryParagraphOfATurnCarriesTheNameAndTheLabel()
    {
        var paragraphs = SpeakerTurns.Assign(
        [
            new RawParagraph("Good afternoon.", Label: "President of Russia Dmitry Medvedev"),
            new RawParagraph("Let us begin."),
            new RawParagraph("* * *", ParagraphKind.SectionBreak),
        ], findLabelsInText: false);

        var resolved = SpeakerNames.Resolve(paragraphs);

        Assert.Equal(["Dmitry Medvedev", "Dmitry Medvedev", null], resolved.Select(p => p.Speaker));
        Assert.Equal(["President of Russia Dmitry Medvedev", "President of Russia Dmitry Medvedev", null], resolved.Select(p => p.Label));
    }

    [Fact]
    public void ASurnameOrTitledNameTakesTheFullNameTheTranscriptGivesIt()
    {
        var resolved = SpeakerNames.Resolve(Turns("JIM LEHRER", "SENATOR BOB DOLE", "LEHRER", "SENATOR DOLE", "MR. KALB"));

        Assert.Equal(["Jim Lehrer", "Bob Dole", "Jim Lehrer", "Bob Dole", "Mr. Kalb"], resolved.Select(p => p.Speaker));
        Assert.Equal(["JIM LEHRER", "SENATOR BOB DOLE", "LEHRER", "SENATOR DOLE", "MR. KALB"], resolved.Select(p => p.Label));
    }

    [Theory]
    [InlineData("VladimirPutin", "Vladimir Putin")]
    [InlineData("President OF RUSSIA DMITRY MEDVEDEV", "Dmitry Medvedev")]
    [InlineData("General Director Dmitry Baranov", "General Director Dmitry Baranov")]
    public void ANameIsMendedBeforeItIsResolved(string label, string speaker) =>
        Assert.Equal(speaker, SpeakerNames.Resolve(Turns(label))[0].Speaker);

    private static List<Paragraph> Turns(params string[] labels) =>
        labels.Select((label, i) => new Paragraph { N = i + 1, Speaker = label, Text = "Words." }).ToList();
}
