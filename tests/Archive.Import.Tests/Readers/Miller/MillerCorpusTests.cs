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

    // Markdown bold on one line: "**MS. RIDINGS:** Good", "**LEHRER: **Senator", "**Central America**". The 1920 files'
    // footnote marks ("Republic**.", "** March 4, 1917") open no pair and stay.
    [GeneratedRegex(@"\*\*([^*\n]*?)\*\*")]
    private static partial Regex BoldPair();

    // "**I am grateful … **Je me sens": the 1961 file opens bold twice and never closes it.
    [GeneratedRegex(@"(?<![\w*])\*\*(?=\w)")]
    private static partial Regex StrayBold();

    // A footnote mark: after a word and before punctuation or a space, or at the start of the note.
    [GeneratedRegex(@"(\w\*{1,3}(?=[.,;:\s]|$))|(^\*{1,3} )")]
    private static partial Regex FootnoteMark();

    [GeneratedRegex(@"^\*\*\s*(?<label>[^*:]+?)\s*(:\s*\*\*|\*\*\s*:)")]
    private static partial Regex BoldLabel();

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
            AssertNothingLost(r, TextCleaner.Clean(WithoutBold(HtmlBreak().Replace(lines[1], " "))));
        });
    }

    [Theory]
    [InlineData("1984-10-21-debate-walter-mondale-defense-and-foreign.txt", "Ronald Reagan", "PRESIDENT REAGAN", "PRESIDENT PINOCHET")]
    [InlineData("1988-09-25-debate-michael-dukakis.txt", "George H. W. Bush", "BUSH")]
    [InlineData("1996-10-06-presidential-debate-senator-bob-dole.txt", "Bill Clinton", "PRESIDENT CLINTON")]
    [InlineData("1976-09-23-debate-president-gerald-ford-domestic-issues.txt", "Jimmy Carter", "MR. CARTER")]
    [InlineData("1976-10-06-debate-president-gerald-ford-foreign-and.txt", "Jimmy Carter", "MR. CARTER")]
    public void EachParagraphOfADebateIsCreditedToWhoeverTheSourceSaysSpokeItOrToNobody(string file, string president, params string[] presidentsLabels)
    {
        var record = corpus.Records.Single(r => r.Provenance.File == file);
        var expected = LabelsOfTurns(File.ReadAllLines(Path.Combine(MillerCorpusImport.DataDir, file)).Skip(1));
        var text = record.Paragraphs.Where(p => p.Kind == ParagraphKind.Text).ToList();
        var credited = text.CountBy(p => p.Speaker ?? "(nobody)").OrderByDescending(c => c.Value);
        output.WriteLine(string.Join(", ", credited.Select(c => $"{c.Key}: {c.Value}")));

        Assert.Equal(expected, text.Select(p => p.Label ?? p.Speaker));
        // His labels give his name ("PRESIDENT PINOCHET:" is the source's slip, merged in speakers.tsv), and nothing else does.
        Assert.All(text.Where(p => presidentsLabels.Contains(p.Label)), p => Assert.Equal(president, p.Speaker));
        Assert.Equal(expected.Count(presidentsLabels.Contains), text.Count(p => p.Speaker == president));
    }

    [Fact]
    public void InTheFordCarterDebatesThePresidentIsFordAndTheModeratorsOpeningIsNobodys()
    {
        var record = corpus.Records.Single(r => r.Provenance.File == "1976-09-23-debate-president-gerald-ford-domestic-issues.txt");
        Assert.StartsWith("I am Edwin Newman", record.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Null(record.Paragraphs[0].Speaker);
        Assert.Contains(record.Paragraphs, p => p is { Speaker: "Gerald Ford", Label: "THE PRESIDENT" });
        Assert.DoesNotContain(record.Paragraphs, p => p is { Speaker: "Jimmy Carter", Label: "THE PRESIDENT" });
    }

    [Fact]
    public void NoRecordKeepsMarkdownBoldOnlyTheSourcesFootnoteMarks()
    {
        var stars = corpus.Records.SelectMany(r => r.Paragraphs.Where(p => p.Kind == ParagraphKind.Text).Select(p => (r.Provenance.File, p.N, Text: p.Text + " " + p.Speaker + " " + p.Label)))
            .Where(p => p.Text.Contains("**", StringComparison.Ordinal)).ToList();
        foreach (var p in stars)
        {
            output.WriteLine($"{p.File} {p.N}: {p.Text[..Math.Min(80, p.Text.Length)]}");
        }
        Assert.All(stars, p => Assert.Equal(p.Text.Split("**").Length - 1, FootnoteMark().Matches(p.Text).Count(m => m.Value.Contains("**", StringComparison.Ordinal))));
        Assert.All(stars, p => Assert.StartsWith("1920-", p.File, StringComparison.Ordinal));
    }

    [Fact]
    public void RolesAreNeverSpeakers()
    {
        var speakers = corpus.Records.SelectMany(r => r.Speakers()).ToHashSet();
        string[] roles = ["Q", "A", "Question", "Answer", "Audience", "AUDIENCE", "Audience Member", "AUDIENCE MEMBER", "THE MODERATOR", "Reporter", "VOICE", "CROWD"];

        Assert.All(roles, r => Assert.DoesNotContain(r, speakers));
        Assert.Contains(corpus.Records.SelectMany(r => r.Paragraphs), p => p is { Speaker: null, Label: "Q" });
    }

    /// <summary>
    /// The label that opens the turn of each paragraph in a debate's lines, as the source writes it: a bold or plain label
    /// starts a turn, a bold heading ends it, and a paragraph before the first label is nobody's.
    /// </summary>
    private static List<string?> LabelsOfTurns(IEnumerable<string> lines)
    {
        var labels = new List<string?>();
        string? current = null;
        foreach (var raw in lines)
        {
            var line = TextCleaner.Clean(raw);
            if (line.Length == 0 || char.IsLower(line[0]))
            {
                continue; // a blank line, or the rest of the sentence before it
            }
            if (BoldLabel().Match(line) is { Success: true } bold)
            {
                current = TextCleaner.Clean(bold.Groups["label"].Value);
            }
            else if (line.StartsWith("**", StringComparison.Ordinal) && line.EndsWith("**", StringComparison.Ordinal))
            {
                current = null; // a heading: no paragraph of text
                continue;
            }
            else if (SpeakerLabels.TryParse(line, out var label, out _))
            {
                current = label;
            }
            labels.Add(current);
        }
        return labels;
    }

    private static string WithoutBold(string text) => StrayBold().Replace(BoldPair().Replace(text, "$1"), string.Empty);

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
                var label = p.Label ?? p.Speaker;
                // "Q    After meeting …" (2010-2013), or a bold label the plain rules do not take ("**Mr. Logunov:**").
                var asWritten = labelled == $"Q {p.Text}" || labelled == $"{label}: {p.Text}";
                Assert.True(asWritten || (SpeakerLabels.TryParse(labelled, out label, out var rest) && rest == p.Text),
                    $"{record.Provenance.File}: words before paragraph {p.N} are lost: {body[pos..at]}");
                Assert.True(label == (p.Label ?? p.Speaker), $"{record.Provenance.File}: label {label} is not the label of paragraph {p.N} ({p.Label}, {p.Speaker})");
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
