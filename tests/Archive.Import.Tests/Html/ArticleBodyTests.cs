using Archive.Records;

namespace Archive.Import.Tests.Html;

public sealed class ArticleBodyTests
{
    [Fact]
    public void MashaIgnoreSlidersTooltipsAndSeeAlsoBoxesLeaveNoWords()
    {
        var turns = KremlinPages.Turns(
            "<div class=\"slider masha-ignore\"><div class=\"slide\" data-cycle-desc=\"With the President.\"><img alt=\"With the President.\"/><span>Photo caption</span></div></div>\n" +
            "<div class=\"read__cut masha-ignore\">See also Another meeting</div>\n" +
            "<p>Mr Medvedev and Mr <a class=\"person_tag read__tag\" href=\"p/1\">Lukashenko<span class=\"read__tooltip tooltip_person hidden masha-ignore\"> Lukashenko Alexander President of Belarus</span></a> held talks.</p>");
        Assert.Equal([(null, "Mr Medvedev and Mr Lukashenko held talks.")], turns);
    }

    [Fact]
    public void StarsAndCutMarksBecomeSectionBreaksAndCutsEvenWhenSplitAcrossTags()
    {
        var draft = KremlinPages.Read(KremlinPages.Page(
            "<p><b>Vladimir Putin:</b> First.</p>\n<p>&lt;…&gt;</p>\n<p>Second.</p>\n<p><b>* *</b><b> * <br></b></p>\n<p><i>* * *</i></p>\n<p>***</p>\n<p>After.</p>"));
        Assert.Equal(
            [ParagraphKind.Text, ParagraphKind.Cut, ParagraphKind.Text, ParagraphKind.SectionBreak, ParagraphKind.SectionBreak, ParagraphKind.SectionBreak, ParagraphKind.Text],
            draft.Paragraphs.Select(p => p.Kind));
        Assert.Equal(["First.", "<…>", "Second.", "* * *", "* * *", "***", "After."], draft.Paragraphs.Select(p => p.Text));
        // A cut leaves the turn running; a break ends it.
        Assert.Equal(["Vladimir Putin", null, "Vladimir Putin", null, null, null, null], draft.Paragraphs.Select(p => p.Speaker));
    }

    [Fact]
    public void LineBreakInsideAParagraphIsASpaceAndInlineTagsAddNone()
    {
        var turns = KremlinPages.Turns("<p>The 21<sup>st</sup> century,<br>and the&nbsp;next   one.<b><br></b></p>");
        Assert.Equal([(null, "The 21st century, and the next one.")], turns);
    }

    [Fact]
    public void ItalicNarrationHasNoSpeakerButTheTurnGoesOn()
    {
        var turns = KremlinPages.Turns(
            "<p><i>Beginning of meeting with students</i></p>\n<p><b>Vladimir Putin:</b> Good afternoon.</p>\n<p><i>(Applause.)</i></p>\n<p>Let us begin.</p>");
        Assert.Equal([(null, "Beginning of meeting with students"), ("Vladimir Putin", "Good afternoon."), (null, "(Applause.)"), ("Vladimir Putin", "Let us begin.")], turns);
    }

    [Fact]
    public void PullQuoteThatRepeatsTheSpeechIsRemovedAndLoggedInFull()
    {
        var draft = KremlinPages.Read(KremlinPages.Page(
            "<p><b>Dmitry Medvedev:</b> Friends,</p>\n" +
            "<blockquote> <p>”The value of integration lies in the simplest things, in a better life.“</p> </blockquote>\n" +
            "<p>I am sure that the value of integration lies in the simplest things, in a better life for our peoples.</p>"));
        Assert.Equal(["Friends,", "I am sure that the value of integration lies in the simplest things, in a better life for our peoples."], draft.Paragraphs.Select(p => p.Text));
        var removal = Assert.Single(draft.Removals);
        Assert.Equal("news/1.html:13: removed (pull-quote): ”The value of integration lies in the simplest things, in a better life.“", removal);
    }

    [Fact]
    public void QuotationThatRepeatsNothingIsKeptAsParagraphs()
    {
        var draft = KremlinPages.Read(KremlinPages.Page(
            "<p>The President read out a letter.</p>\n<blockquote><p>Dear Mr President, our village needs a school.</p></blockquote>"));
        Assert.Equal(["The President read out a letter.", "Dear Mr President, our village needs a school."], draft.Paragraphs.Select(p => p.Text));
        Assert.Empty(draft.Removals);
    }

    [Fact]
    public void WordsBetweenBlocksAreKeptAsAParagraph()
    {
        var turns = KremlinPages.Turns("<p>First.</p>\nLoose <i>words</i> here.\n<p>Last.</p>");
        Assert.Equal([(null, "First."), (null, "Loose words here."), (null, "Last.")], turns);
    }
}
