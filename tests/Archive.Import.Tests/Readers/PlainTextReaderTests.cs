using Archive.Import.Readers;

namespace Archive.Import.Tests.Readers;

public sealed class PlainTextReaderTests
{
    private static readonly string CasesDir = Path.Combine(AppContext.BaseDirectory, "Cases");

    [Fact]
    public void ShareButtonsAndCommentsAreRemovedEachNamingItsRuleAndAReadersCommentIsAlsoAWarning()
    {
        var file = SourceFile.Load(CasesDir, Path.Combine(CasesDir, "plain-share-buttons.txt"));
        var draft = new PlainTextReader().Read(file);

        Assert.All(draft.Removals, r => Assert.Matches(@"^plain-share-buttons\.txt:\d+: removed \((comment-form|comment-section)\): ", r));
        Assert.Contains(draft.Removals, r => r.EndsWith("removed (comment-form): Share this:", StringComparison.Ordinal));
        Assert.Contains(draft.Removals, r => r.Contains("(comment-form): 3 thoughts on", StringComparison.Ordinal));
        Assert.Contains(draft.Removals, r => r.Contains("(comment-form): Like Loading...", StringComparison.Ordinal));
        var warning = Assert.Single(draft.Warnings);
        Assert.Contains("Ivan Petrov says:", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Paragraphs, p => p.Text.Contains("Share", StringComparison.Ordinal) || p.Text.Contains("Reply", StringComparison.Ordinal));
    }
}
