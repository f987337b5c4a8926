using Archive.Import.Readers;
using Archive.Tests;

namespace Archive.Import.Tests;

/// <summary>The first transcript, as a WordPress blog copied it from en.kremlin.ru.</summary>
public sealed class SeedTranscriptTests
{
    private static readonly DraftTranscript Seed = Read();

    private static DraftTranscript Read()
    {
        var file = SourceFile.Load(RepoPaths.Content, RepoPaths.Seed);
        return new PlainTextReader().Read(file);
    }

    [Fact]
    public void TitleHasItsNoBreakSpaceMadePlain() =>
        Assert.Equal("Meeting with heads of security and intelligence services of CIS states", Seed.Title);

    [Fact]
    public void SourceDateVenueAndSummaryAreFound()
    {
        Assert.Equal("President of Russia", Seed.Source);
        Assert.Equal(new DateOnly(2014, 7, 10), Seed.Date);
        Assert.Equal("Novo-Ogaryovo, Moscow Region", Seed.Venue);
        Assert.StartsWith("Vladimir Putin held a meeting", Seed.Summary, StringComparison.Ordinal);
        Assert.EndsWith("dedicated to intelligence matters.", Seed.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedFileYieldsSixSpeechParagraphs()
    {
        Assert.Equal(6, Seed.Paragraphs.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6], Seed.Paragraphs.Select(p => p.N));
        Assert.StartsWith("The meeting you are attending", Seed.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("maintain the security of your states.", Seed.Paragraphs[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Leave a comment")]
    [InlineData("No comments yet")]
    [InlineData("Comments RSS")]
    [InlineData("Leave a Reply")]
    [InlineData("Fill in your details")]
    [InlineData("commenting using")]
    [InlineData("Google+")]
    [InlineData("Twitter")]
    [InlineData("Facebook")]
    [InlineData("Connecting to %s")]
    public void NoWordOfTheCommentFormSurvives(string boilerplate)
    {
        var all = string.Join("\n", Seed.Paragraphs.Select(p => p.Text).Append(Seed.Title).Append(Seed.Summary).Append(Seed.Venue));
        Assert.DoesNotContain(boilerplate, all, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Seed.Removals, r => r.Contains(boilerplate, StringComparison.OrdinalIgnoreCase));
    }
}
