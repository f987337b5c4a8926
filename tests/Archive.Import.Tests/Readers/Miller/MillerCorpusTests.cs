using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Import.Readers;
using Archive.Import.Speakers;
using Archive.Records;
using Xunit.Abstractions;

namespace Archive.Import.Tests.Readers.Miller;

/// <summary>Acceptance over the 909 Miller Center files: all import, dates come from the names, and no word is lost.</summary>
public sealed partial class MillerCorpusTests(MillerCorpusImport corpus, ITestOutputHelper output) : IClassFixture<MillerCorpusImport>
{
    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlBreak();

    [Fact]
    public void EveryFileImportsAndTheCountsArePrinted()
    {
        var files = Directory.GetFiles(MillerCorpusImport.DataDir);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Report.Files} files, {corpus.Report.Transcripts} records, {corpus.Report.Paragraphs} paragraphs, {corpus.Report.SpeakerTurns} speaker turns, {corpus.Report.Warnings.Count} warnings, {corpus.Report.Removals.Count} removals in {corpus.Elapsed.TotalSeconds:F1} s"));

        Assert.Equal(909, files.Length);
        Assert.Empty(corpus.Report.Problems);
        Assert.True(corpus.Report.Published);
        Assert.Equal(files.Length, corpus.Records.Count);
        Assert.All(corpus.Records, r => Assert.Equal("miller-center", r.Provenance.Format));
    }

    [Fact]
    public void EachRecordsDateAndTitleComeFromItsFileName()
    {
        Assert.All(corpus.Records, r =>
        {
            var name = Path.GetFileName(r.Provenance.File);
            Assert.Equal(name[..10], r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var slug = Regex.Replace(name[11..], @"(-0)?(\.txt)?$", "");
            Assert.Matches($"^{name[..10]}-{Regex.Escape(slug)}(-[2-9])?$", r.Id);
            // The title has the slug's words, and only the small words of the mended phrases besides.
            Assert.Equal(WithoutSmallWords(slug), WithoutSmallWords(TranscriptIds.Slug(r.Title)));
            Assert.Equal(
                $"https://millercenter.org/the-presidency/presidential-speeches/{r.Date.ToString("MMMM-d-yyyy", CultureInfo.InvariantCulture).ToLowerInvariant()}-{Regex.Replace(name[11..], @"\.txt$", "")}",
                r.SourceUrl);
            Assert.Equal("miller-center", r.Collection);
        });
        Assert.Contains(corpus.Records, r => r.Title == "Address to the Nation Panama");
        Assert.Equal(58, corpus.Records.Count(r => r.Title.Contains("State of the Union", StringComparison.Ordinal)));

        static string WithoutSmallWords(string slug) => Regex.Replace("-" + slug + "-", "-(?:(?:to|of|the)-)+", "-").Trim('-');
    }

    [Fact]
    public void EveryWordOfEveryFileEndsUpInTheRecord()
    {
        Assert.All(corpus.Records, r =>
        {
            var lines = File.ReadAllText(Path.Combine(MillerCorpusImport.DataDir, r.Provenance.File)).Split('\n', 2);
            Assert.Equal("President: " + r.Source, lines[0].Trim());
            AssertNothingLost(r, TextCleaner.Clean(HtmlBreak().Replace(lines[1], " ")));
        });
    }

    /// <summary>
    /// Walks the file's words and the record's paragraphs side by side: each paragraph's text must come next,
    /// word for word, and the only words allowed between them are a speaker label that names that paragraph's speaker.
    /// </summary>
    private static void AssertNothingLost(Transcript record, string body)
    {
        var pos = 0;
        foreach (var p in record.Paragraphs)
        {
            var at = body.IndexOf(p.Text, pos, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{record.Provenance.File}: paragraph {p.N} is not in the file as written: {p.Text[..Math.Min(60, p.Text.Length)]}");
            if (at > pos)
            {
                var labelled = body[pos..(at + p.Text.Length)];
                Assert.True(SpeakerLabels.TryParse(labelled, out var label, out var rest) && rest == p.Text,
                    $"{record.Provenance.File}: words before paragraph {p.N} are lost: {body[pos..at]}");
                Assert.True(label == p.Speaker || p.Speaker == record.Source, $"{record.Provenance.File}: label {label} did not become the speaker of paragraph {p.N}");
            }
            pos = at + p.Text.Length;
            if (pos < body.Length && body[pos] == ' ')
            {
                pos++;
            }
        }
        Assert.True(pos >= body.Length, $"{record.Provenance.File}: words after the last paragraph are lost: {body[pos..Math.Min(body.Length, pos + 60)]}");
    }
}
