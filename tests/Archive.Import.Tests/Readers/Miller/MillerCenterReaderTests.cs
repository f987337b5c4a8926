using System.Text;
using Archive.Import.Readers.Miller;
using Archive.Records;

namespace Archive.Import.Tests.Readers.Miller;

public sealed class MillerCenterReaderTests
{
    private static SourceFile File(string name, string text) => new("/c/" + name, name, Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("1789-04-30-first-inaugural-address.txt", true)]
    [InlineData("2020-08-08-press-conference-executive-orders", true)]
    [InlineData("first-inaugural-address.txt", false)]
    [InlineData("1789-04-30-first-inaugural-address.md", false)]
    public void AFileIsTakenByItsNameAndItsPresidentLine(string name, bool taken)
    {
        Assert.Equal(taken, new MillerCenterReader().CanRead(File(name, "President: George Washington\n\nText.\n")));
        Assert.False(new MillerCenterReader().CanRead(File(name, "George Washington\n\nText.\n")));
    }

    [Fact]
    public void AnImpossibleDateInTheNameIsAnError()
    {
        var e = Assert.Throws<ImportException>(() => new MillerCenterReader().Read(File("2014-02-30-speech.txt", "President: Barack Obama\n\nText.\n")));
        Assert.Contains("2014-02-30 is not a real date", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileWithOnlyThePresidentLineIsAnErrorNamingLineTwo()
    {
        var e = Assert.Throws<ImportException>(() => new MillerCenterReader().Read(File("2014-02-03-speech.txt", "President: Barack Obama\n\n \n")));
        Assert.Equal(2, e.Line);
    }

    [Theory]
    [InlineData("1889-12-03-first-annual-message-0.txt", "First Annual Message")]
    [InlineData("1790-01-08-first-annual-message-congress.txt", "First Annual Message to Congress")]
    [InlineData("1989-12-20-address-nation-panama.txt", "Address to the Nation Panama")]
    [InlineData("2020-02-04-state-union-address.txt", "State of the Union Address")]
    [InlineData("2017-02-28-address-joint-session-congress.txt", "Address Joint Session of Congress")]
    [InlineData("1838-12-03-second-annual-message-congressional.txt", "Second Annual Message Congressional")]
    [InlineData("1961-09-25-address-un-general-assembly.txt", "Address UN General Assembly")]
    [InlineData("1983-11-02-speech-creation-martin-luther-king-jr-national.txt", "Speech Creation Martin Luther King Jr. National")]
    [InlineData("1964-10-18-report-nation-events-china-and-ussr.txt", "Report Nation Events China and USSR")]
    public void TheTitleIsMadeFromTheSlug(string name, string title)
    {
        Assert.True(MillerFileName.TryParse(name, out _, out var actual));
        Assert.Equal(title, actual);
    }

    [Theory]
    [InlineData("1790-01-08-first-annual-message-congress.txt", "https://millercenter.org/the-presidency/presidential-speeches/january-8-1790-first-annual-message-congress")]
    [InlineData("2005-01-20-second-inaugural-address-0.txt", "https://millercenter.org/the-presidency/presidential-speeches/january-20-2005-second-inaugural-address-0")]
    [InlineData("2020-08-08-press-conference-executive-orders", "https://millercenter.org/the-presidency/presidential-speeches/august-8-2020-press-conference-executive-orders")]
    public void TheSourceUrlIsTheSpeechPageOnMillerCenterOrg(string name, string url)
    {
        var draft = new MillerCenterReader().Read(File(name, "President: Barack Obama\n\nText.\n"));
        Assert.Equal(url, draft.SourceUrl);
        Assert.Equal("miller-center", draft.Collection);
    }

    [Fact]
    public void AMendedTitleKeepsTheIdOfTheFileName()
    {
        var file = File("1989-12-20-address-nation-panama.txt", "President: George H. W. Bush\n\nText.\n");
        var record = RecordAssembler.Assemble(new MillerCenterReader().Read(file), file, "miller-center", []);
        Assert.Equal("1989-12-20-address-nation-panama", record.Id);
        Assert.Equal("Address to the Nation Panama", record.Title);
    }

    [Fact]
    public void ThePresidentSpeaksUntilALabelAndHisOwnLabelsGiveHisName()
    {
        var draft = new MillerCenterReader().Read(File("2020-03-13-remarks.txt",
            "President: Donald Trump\n\nThank you.\nQ: A question?\nTRUMP: An answer.\nQ: Another?\nPRESIDENT TRUMP: Yes.\nstill the same sentence.\n"));
        Assert.Equal(["Donald Trump", null, "Donald Trump", null, "Donald Trump"], draft.Paragraphs.Select(p => p.Speaker));
        Assert.Equal([null, "Q", "TRUMP", "Q", "PRESIDENT TRUMP"], draft.Paragraphs.Select(p => p.Label));
        Assert.Equal("Yes. still the same sentence.", draft.Paragraphs[^1].Text);
    }

    [Fact]
    public void InABriefingOrDebateAParagraphNoLabelOpensIsNobodys()
    {
        var briefing = new MillerCenterReader().Read(File("2020-03-13-briefing.txt",
            "President: Donald Trump\n\nGood afternoon.\nQ: A question?\nTRUMP: An answer.\nQ: Another?\n"));
        Assert.Equal([null, null, "Donald Trump", null], briefing.Paragraphs.Select(p => p.Speaker));

        var debate = new MillerCenterReader().Read(File("1976-09-23-debate-president-gerald-ford-domestic-issues.txt",
            "President: Jimmy Carter\n\nI am Edwin Newman, moderator of this first debate.\nGood evening.\n"));
        Assert.All(debate.Paragraphs, p => Assert.Null(p.Speaker));
    }

    [Fact]
    public void BoldMarkdownLabelsHandTheTurnsOnAndBoldHeadingsBreakThem()
    {
        var draft = new MillerCenterReader().Read(File("1984-10-21-debate-walter-mondale-defense-and-foreign.txt",
            "President: Ronald Reagan\n\n**MS. RIDINGS:** Good evening.\n\nOur panelists are here.\n\n**Central America**\n\n**MR. MONDALE:** I believe **firmly** that.\n\n**PRESIDENT REAGAN: **Well.\n\n**AUDIENCE MEMBER:** Hear, hear!\n"));
        Assert.Equal(["MS. RIDINGS", "MS. RIDINGS", null, "MR. MONDALE", "Ronald Reagan", null], draft.Paragraphs.Select(p => p.Speaker));
        Assert.Equal(["Good evening.", "Our panelists are here.", "Central America", "I believe firmly that.", "Well.", "Hear, hear!"], draft.Paragraphs.Select(p => p.Text));
        Assert.Equal(ParagraphKind.SectionBreak, draft.Paragraphs[2].Kind);
        Assert.Equal("AUDIENCE MEMBER", draft.Paragraphs[^1].Label);
    }

    [Fact]
    public void InASpeechALabelThatOccursOnceIsASentence()
    {
        var draft = new MillerCenterReader().Read(File("1940-05-26-fireside-chat.txt",
            "President: Franklin D. Roosevelt\n\nThe Navy is strong.\nThe Army of the United States: In 1933 it was small.\n"));
        Assert.All(draft.Paragraphs, p => Assert.Equal("Franklin D. Roosevelt", p.Speaker));
        Assert.Equal("The Army of the United States: In 1933 it was small.", draft.Paragraphs[^1].Text);
    }
}
