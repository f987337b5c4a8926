using Archive.Import.Speakers;
using Archive.Import.Tests.Html;
namespace Archive.Import.Tests.Speakers;

public sealed class BoldLabelTests
{
    [Theory]
    [InlineData("<b>Vladimir Putin:</b> Good.", "Vladimir Putin", "Good.")]
    [InlineData("<b>Vladimir Putin</b>: Good.", "Vladimir Putin", "Good.")]
    [InlineData("<strong>Vladimir Putin:</strong> Good.", "Vladimir Putin", "Good.")]
    [InlineData("<b>Vladimir</b> <b>Putin</b><b>:</b> Good.", "Vladimir Putin", "Good.")]
    [InlineData("<b>President</b><b> of</b><b>&nbsp;Russia</b><b> Vladimir</b><b> Putin</b>: Good.", "President of Russia Vladimir Putin", "Good.")]
    [InlineData("<b><b>Viktor Vlasov</b>:</b> A few words about the water.", "Viktor Vlasov", "A few words about the water.")]
    [InlineData("&nbsp;<b>Vladimir\nPutin: </b>Thank you.", "Vladimir Putin", "Thank you.")]
    [InlineData("<b>President of Russia\nVladimir Putin: G</b>ood afternoon, colleagues.", "President of Russia Vladimir Putin", "Good afternoon, colleagues.")]
    [InlineData("<b>Kirill Kleymenov: “</b>Why don’t we know our heroes?”", "Kirill Kleymenov", "“Why don’t we know our heroes?”")]
    [InlineData("<b>Prime Minister </b><a href=\"p/37\" class=\"person_tag read__tag\"><b>Dmitry Medvedev</b><span class=\"read__tooltip tooltip_person hidden masha-ignore\">Medvedev Dmitry Prime Minister</span></a>: Yes, Mr President.", "Prime Minister Dmitry Medvedev", "Yes, Mr President.")]
    [InlineData("<b>Xi Jinping</b> <i>(retranslated)</i><b>:</b> Dear friend.", "Xi Jinping", "(retranslated) Dear friend.")]
    [InlineData("<b>Shinzo Abe</b> <i>(</i><i>retranslated</i><i>)</i><b>:</b> This is my first visit.", "Shinzo Abe", "(retranslated) This is my first visit.")]
    [InlineData("<b>Vladimir Putin (</b><i>responding to remarks by test pilot Magomed Tolboyev)</i>: First of all.", "Vladimir Putin", "(responding to remarks by test pilot Magomed Tolboyev) First of all.")]
    [InlineData("<b>Angela Merkel</b>: <i>(retranslated)</i><b>:</b> Thank you for your invitation.", "Angela Merkel", "(retranslated) Thank you for your invitation.")]
    [InlineData("<b>Question (retranslated):</b> Why?", "Question", "(retranslated) Why?")]
    [InlineData("<b>Deputy Director General of the OPCW (OPCW) Hamid Ali Rao:</b> Mr President.", "Deputy Director General of the OPCW (OPCW) Hamid Ali Rao", "Mr President.")]
    [InlineData("<b>Remark:</b> <i>(no microphone.)</i>", "Remark", "(no microphone.)")]
    [InlineData("<b>Alexander Duimamet, welding engineer at a branch of JSC ATOMMASH</b>: You know what I liked?", "Alexander Duimamet, welding engineer at a branch of JSC ATOMMASH", "You know what I liked?")]
    [InlineData("<b>Call centre operator</b>: The city of Kursk.", "Call centre operator", "The city of Kursk.")]
    [InlineData("<b>President of Syria Bashar al-Assad</b>: Thank you.", "President of Syria Bashar al-Assad", "Thank you.")]
    [InlineData("<b>Vladimir Putin</b>.\nThank you.", "Vladimir Putin", "Thank you.")]
    [InlineData("<b>Kseniya Slutskaya.</b> Good afternoon, Mr President.", "Kseniya Slutskaya", "Good afternoon, Mr President.")]
    [InlineData("<b>Megyn Kelly</b> With this?", "Megyn Kelly", "With this?")]
    [InlineData("<b>Federal President of Germany Frank-Walter Steinmeier</b> (retranslated) Thank you.", "Federal President of Germany Frank-Walter Steinmeier", "(retranslated) Thank you.")]
    [InlineData("Question: Are you considering a successor?", "Question", "Are you considering a successor?")]
    [InlineData("Vladimir Putin (retranslated): Yes.", "Vladimir Putin", "(retranslated) Yes.")]
    public void BoldOrPlainLabelBecomesTheSpeakerAndLeavesTheText(string paragraph, string label, string text)
    {
        var draft = KremlinPages.Read(KremlinPages.Page($"<p>{paragraph}</p>"));
        var turn = Assert.Single(draft.Paragraphs);
        // A role ("Question", "Call centre operator") is kept as the label with no speaker; a name is the speaker.
        Assert.Equal((label, text), (turn.Label ?? turn.Speaker, turn.Text));
        Assert.Equal(RoleLabels.IsRole(label) ? null : label, turn.Speaker);
        Assert.Empty(draft.Warnings);
    }

    [Theory]
    [InlineData("<b>Contact telephone numbers:</b> <b>+7 (495) 606–2035.</b>")]
    [InlineData("<b>Note for the CIS media:</b> To receive video materials, contact the host broadcaster.")]
    [InlineData("The <b>International Press Centre</b> will be located on the ground floor: entrance 7.")]
    [InlineData("<b>Journalists with accreditation badges will </b>be able to<b> enter the press centre</b>: from the side.")]
    [InlineData("<b>Yury Temirkanov</b> was born on December 10, 1938.")]
    [InlineData("<b>Remark</b> from the audience.")]
    [InlineData("<b>May 9. Red Square</b> – http://en.kremlin.ru/press/accreditation/request/26")]
    [InlineData("Perm Territory: “Why are single-industry towns dying?”")]
    [InlineData("Minister of Sport: Pavel Kolobkov.")]
    [InlineData("As for Buryatia and Trans-Baikal: priority development areas were created.")]
    [InlineData("Here is the point: we will not give up.")]
    public void BoldOrColonProseIsNotALabel(string paragraph)
    {
        var turn = Assert.Single(KremlinPages.Turns($"<p>{paragraph}</p>"));
        Assert.Null(turn.Speaker);
    }

    [Fact]
    public void LabelRunIntoItsWordsIsSplitWithAWarningQuotingTheSource()
    {
        var draft = KremlinPages.Read(KremlinPages.Page("<p><b>Megyn Kelly</b>Vladimir Putin could not order an investigation.</p>"));
        var paragraph = Assert.Single(draft.Paragraphs);
        Assert.Equal(("Megyn Kelly", "Vladimir Putin could not order an investigation."), (paragraph.Speaker, paragraph.Text));
        Assert.Contains("'Megyn KellyVladimir Putin could'", Assert.Single(draft.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void LabelAloneInItsParagraphOpensTheNextOnesTurn()
    {
        var turns = KremlinPages.Turns(
            "<p><b>Deputy Director General Hamid Ali Rao:</b></p>\n<p>Mr President, it is a momentous occasion.</p>\n" +
            "<p><b>Federal Chancellor of Austria Christian Kern</b> <i>(retranslated)</i><b>:</b></p>\n<p>Thank you.</p>");
        Assert.Equal(
            [("Deputy Director General Hamid Ali Rao", "Mr President, it is a momentous occasion."), ("Federal Chancellor of Austria Christian Kern", "(retranslated) Thank you.")],
            turns);
    }

    [Fact]
    public void BoldHeadingEndingInAColonIsKeptAsText()
    {
        var turns = KremlinPages.Turns("<p><b>Meeting points for media representatives:</b></p>\n<p>The main entrance.</p>");
        Assert.Equal([(null, "Meeting points for media representatives:"), (null, "The main entrance.")], turns);
    }

    [Fact]
    public void LoneLabelWithNoSpeechAfterItStaysAsText()
    {
        var turns = KremlinPages.Turns("<p>Narration.</p>\n<p><b>Hamid Ali Rao:</b></p>\n<p>* * *</p>");
        Assert.Equal([(null, "Narration."), (null, "Hamid Ali Rao:"), (null, "* * *")], turns);
    }
}
