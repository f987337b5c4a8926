using System.Text;
using Archive.Import.Readers.Markdown;

namespace Archive.Import.Tests.Readers.Markdown;

public sealed class MarkdownReaderTests
{
    private static Archive.Import.Readers.DraftTranscript Read(string text, string name = "t.md") =>
        new MarkdownReader().Read(new SourceFile("/c/" + name, name, Encoding.UTF8.GetBytes(text)));

    [Theory]
    [InlineData("---\ndate: 2014-07-10\nsource: Kremlin\n---\n\nText.\n", 4, "no title")]
    [InlineData("---\ntitle: A title\nsource: Kremlin\n---\n\nText.\n", 4, "no date")]
    [InlineData("---\ntitle: A title\ndate: 2014-07-10\n---\n\nText.\n", 4, "no source")]
    [InlineData("---\ntitle: A title\nsource: Kremlin\ndate: February 30, 2014\n---\n\nText.\n", 4, "not a real date")]
    [InlineData("---\ntitle: A title\nsource: Kremlin\ndate: 2014-07-10\ntime: 25:99\n---\n\nText.\n", 5, "not a time of day")]
    [InlineData("---\ntitle: A title\ntitle: Again\n---\n", 3, "given twice")]
    [InlineData("---\ntitle: A title\nno colon here\n---\n", 3, "expected 'key: value'")]
    [InlineData("---\ntitle: A title\ndate: 2014-07-10\n", 1, "never closed")]
    [InlineData("# Just a heading\n\nText.\n", 1, "must start with a front-matter block")]
    [InlineData("---\ntitle: A title\ndate: 2014-07-10\nsource: Kremlin\n---\n\n", 6, "no paragraphs")]
    public void BadFrontMatterIsNamedWithItsLine(string text, int line, string message)
    {
        var e = Assert.Throws<ImportException>(() => Read(text));
        Assert.Equal(line, e.Line);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownFrontMatterKeyIsAWarningNotASilentLoss()
    {
        var draft = Read("---\ntitle: A title\ndate: 2014-07-10\nsource: Kremlin\nphotographer: A. Nikolsky\n---\n\nText.\n");
        var warning = Assert.Single(draft.Warnings);
        Assert.StartsWith("t.md:5: front-matter key 'photographer'", warning, StringComparison.Ordinal);
        Assert.Contains("A. Nikolsky", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void BoldLabelsWithTheColonInsideOrOutsideStartTurnsAndPlainLabelsToo()
    {
        var draft = Read("---\ntitle: T\ndate: July 10, 2014\nsource: S\n---\n\n**Vladimir Putin:** One.\n\nTwo.\n\n**Question**: Three?\n\nSergei Lavrov: Four.\n\n**Not a label** but bold words.\n");
        Assert.Equal(["Vladimir Putin", "Vladimir Putin", null, "Sergei Lavrov", "Sergei Lavrov"], draft.Paragraphs.Select(p => p.Speaker));
        Assert.Equal("Question", draft.Paragraphs[2].Label); // a role: no speaker, the label as written
        Assert.Equal(["One.", "Two.", "Three?", "Four.", "Not a label but bold words."], draft.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void ACodeBlockIsKeptAsAParagraphWithAWarning()
    {
        var draft = Read("---\ntitle: T\ndate: 2014-07-10\nsource: S\n---\n\nText.\n\n    indented words\n");
        Assert.Equal("indented words", draft.Paragraphs[^1].Text);
        Assert.StartsWith("t.md:9: a code block was kept", Assert.Single(draft.Warnings), StringComparison.Ordinal);
    }
}
