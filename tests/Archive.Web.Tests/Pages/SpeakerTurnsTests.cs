using Archive.Records;
using Archive.Web.Pages;

namespace Archive.Web.Tests.Pages;

public sealed class SpeakerTurnsTests
{
    private static Paragraph P(int n, string? speaker, string? label = null, ParagraphKind kind = ParagraphKind.Text) =>
        new() { N = n, Speaker = speaker, Label = label, Kind = kind, Text = "words" };

    [Fact]
    public void SpeakerIsNamedAtTheStartOfEachTurnAsTheSourceWroteIt()
    {
        var labels = SpeakerTurns.Labels(
        [
            P(1, null), P(2, "Vladimir Putin", "President of Russia Vladimir Putin"), P(3, "Vladimir Putin"),
            P(4, "Question"), P(5, "Vladimir Putin"), P(6, "Vladimir Putin"),
        ]);

        Assert.Equal(new Dictionary<int, string> { [2] = "President of Russia Vladimir Putin", [4] = "Question", [5] = "Vladimir Putin" }, labels);
    }

    [Fact]
    public void SpeakerIsNamedAgainAfterASectionBreakOrACut()
    {
        var labels = SpeakerTurns.Labels(
        [
            P(1, "Vladimir Putin"), P(2, null, kind: ParagraphKind.SectionBreak), P(3, "Vladimir Putin"),
            P(4, null, kind: ParagraphKind.Cut), P(5, "Vladimir Putin"), P(6, "Vladimir Putin"),
        ]);

        Assert.Equal([1, 3, 5], labels.Keys.Order());
    }
}
