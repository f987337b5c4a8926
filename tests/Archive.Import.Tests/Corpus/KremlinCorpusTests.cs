using System.Globalization;
using Archive.Import.Readers;
using Archive.Import.Speakers;
using Archive.Records;
using Xunit.Abstractions;

namespace Archive.Import.Tests.Corpus;

/// <summary>The whole en.kremlin.ru corpus (4,596 pages), imported once for all these checks.</summary>
public sealed class KremlinCorpusTests(KremlinCorpus corpus, ITestOutputHelper output) : IClassFixture<KremlinCorpus>
{
    private const int CorpusPages = 4596;

    [Fact]
    public void EveryPageImportsWithTheKremlinReader()
    {
        var pages = corpus.Pages;
        var records = pages.Where(p => p.Record is not null).ToList();
        var paragraphs = records.Sum(p => p.Record!.Paragraphs.Count);
        var turns = records.Sum(p => p.Record!.SpeakerTurns());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{records.Count} records, {paragraphs} paragraphs, {turns} speaker turns, {pages.Sum(p => p.Warnings.Count)} warnings, {pages.Sum(p => p.Removals.Count)} logged removals; imported in {corpus.Elapsed.TotalSeconds:F1} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{records.Count(p => p.Record!.Venue is not null)} with a venue, {records.Count(p => p.Record!.Time is not null)} with a time, {records.Count(p => p.Record!.Summary is not null)} with a summary, {pages.Count(p => p.IsAnnouncement)} announcements dated by publication"));
        foreach (var warning in pages.SelectMany(p => p.Warnings).Take(20))
        {
            output.WriteLine(warning);
        }

        Assert.Equal(CorpusPages, pages.Count);
        Assert.Empty(pages.Where(p => p.Error is not null).Select(p => p.Error ?? p.File + " (" + p.Format + ")").Take(20));
        Assert.All(records, p => Assert.Equal("kremlin-html", p.Record!.Provenance.Format));
        Assert.All(records, p => Assert.Equal("President of Russia", p.Record!.Source));
    }

    [Fact]
    public void EveryRecordDateEqualsItsPagesTimeDatetime() =>
        Assert.Empty(Mismatches(p => p.PageDate, p => p.Record!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    [Fact]
    public void EveryRecordVenueEqualsItsPagesPlace() =>
        Assert.Empty(Mismatches(p => Normalised(p.PagePlace), p => p.Record!.Venue));

    [Fact]
    public void EveryRecordTitleEqualsItsPagesHeading() =>
        Assert.Empty(Mismatches(p => Normalised(p.PageTitle), p => p.Record!.Title));

    [Fact]
    public void EveryRecordTimeEqualsItsPagesReadTime() =>
        Assert.Empty(Mismatches(p => Normalised(p.PageTime), p => p.Record!.Time));

    [Fact]
    public void RecordsAgreeWithTheManifestsDateVenueAndTitle()
    {
        var records = corpus.Pages.Where(p => p.Record is not null).ToList();
        Assert.Equal(CorpusPages, corpus.Manifest.Count);
        Assert.Empty(records.Where(p => !corpus.Manifest.ContainsKey(p.File)).Select(p => p.File));
        // Announcements have no date in .read__meta, so the manifest leaves theirs empty.
        Assert.Empty(records.Where(p => Row(p).DatetimeAttr != (p.IsAnnouncement ? string.Empty : p.Record!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Select(Describe).Take(20));
        Assert.Empty(records.Where(p => Normalised(Row(p).Place) != p.Record!.Venue).Select(Describe).Take(20));
        Assert.Empty(records.Where(p => Normalised(Row(p).Title) != p.Record!.Title).Select(Describe).Take(20));
    }

    [Fact]
    public void EveryRecordsSourceUrlIsThePagesOriginalAddress()
    {
        var records = corpus.Pages.Where(p => p.Record is not null).ToList();
        Assert.Equal(CorpusPages, records.Count);
        Assert.All(records, p => Assert.Equal("kremlin", p.Record!.Collection));
        Assert.Empty(records
            .Where(p => p.Record!.SourceUrl != corpus.Manifest[p.File].OriginalUrl)
            .Select(p => $"{p.File}: {p.Record!.SourceUrl} (the page is {corpus.Manifest[p.File].OriginalUrl})")
            .Take(20));
    }

    [Fact]
    public void EveryParagraphOpeningWithABoldLabelTheManifestCountedHasASpeaker()
    {
        // The manifest's count comes from a rough regex that undercounts, so it is a floor.
        var below = corpus.Pages.Where(p => p.Record is not null && p.LabelledParagraphs < Row(p).BoldLabelParagraphs)
            .Select(p => $"{p.File}: {p.LabelledParagraphs} labelled, manifest counts {Row(p).BoldLabelParagraphs}").ToList();
        Assert.Empty(below.Take(20));
    }

    [Fact]
    public void NoWordOfAnyArticleBodyIsLost()
    {
        var lossy = corpus.Pages.Where(p => p.MissingWords.Count > 0).ToList();
        foreach (var page in lossy.Take(20))
        {
            output.WriteLine($"{page.File}: {page.MissingWords.Count} words missing: {string.Join(' ', page.MissingWords.Take(30))}");
        }
        Assert.Empty(lossy.Select(p => p.File).Take(20));
    }

    [Fact]
    public void OnePersonIsOneSpeakerWhateverOfficeTheLabelNames()
    {
        var paragraphs = corpus.Pages.Where(p => p.Record is not null).SelectMany(p => p.Record!.Paragraphs).ToList();
        var speakers = corpus.Pages.Where(p => p.Record is not null)
            .SelectMany(p => p.Record!.Paragraphs.Select(q => q.Speaker).OfType<string>().Distinct())
            .CountBy(s => s).OrderByDescending(c => c.Value).ToList();
        var labels = paragraphs.Select(p => p.Label ?? p.Speaker).OfType<string>().Distinct().Count();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{labels} distinct labels as written, {speakers.Count} distinct speakers; top 10 (transcripts):"));
        foreach (var (speaker, transcripts) in speakers.Take(10))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{transcripts} {speaker}"));
        }

        Assert.DoesNotContain(paragraphs, p => p.Speaker is "President of Russia Vladimir Putin" or "President of Russia Dmitry Medvedev");
        Assert.Contains(paragraphs, p => p.Speaker == "Vladimir Putin" && p.Label == "President of Russia Vladimir Putin");
        Assert.Equal("Vladimir Putin", speakers[0].Key);
        Assert.All(paragraphs.Where(p => p.Label is not null), p => Assert.NotEqual(p.Label, p.Speaker));
    }

    [Fact]
    public void NoTwoSpeakersDifferOnlyByCaseSpacingATitleAnInitialOrOneLetter()
    {
        var speakers = Records().SelectMany(r => TranscriptSummary.Of(r).Speakers).CountBy(s => s).ToDictionary();
        var variants = DuplicateSpeakers.Find(speakers, KremlinCorpus.Aliases);
        foreach (var v in variants.Take(40))
        {
            output.WriteLine($"{v.Alias}\t{v.Name}\t# {v.Reason}");
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{speakers.Count} speakers"));

        Assert.Empty(variants);
    }

    [Fact]
    public void TheSpellingsOfPutinGolikovaAndMedvedevAreEachOnePerson()
    {
        var speakers = Records().SelectMany(r => TranscriptSummary.Of(r).Speakers).ToHashSet();

        Assert.Contains("Vladimir Putin", speakers);
        Assert.Contains("Tatyana Golikova", speakers);
        Assert.Contains("Dmitry Medvedev", speakers);
        string[] variants =
        [
            "VladimirPutin", "V.Putin", "V. Putin", "Vladmir Putin", "Vlaidmir Putin", "Russian President Vladimir Putin", "Vladimir PUTIN",
            "Tatayana Golikova", "Tatiana Golikova", "Accounts Chamber Chairperson Tatyana Golikova",
            "President OF RUSSIA DMITRY MEDVEDEV", "DmitryMedvedev",
        ];
        Assert.All(variants, v => Assert.DoesNotContain(v, speakers));
    }

    [Fact]
    public void RolesAreKeptAsLabelsAndAreNeverSpeakers()
    {
        var paragraphs = Records().SelectMany(r => r.Paragraphs).ToList();
        string[] roles = ["Question", "Questions", "Remark", "Remarks", "Response", "Reply", "Answer", "Comment", "Audience", "Presenter", "Volunteer", "Operator", "Speaker"];

        Assert.DoesNotContain(paragraphs, p => p.Speaker is { } s && roles.Contains(s.Split(' ')[0]) && RoleLabels.IsRole(s));
        Assert.Contains(paragraphs, p => p is { Speaker: null, Label: "Question" });
        Assert.Contains(paragraphs, p => p is { Speaker: null, Label: "Remark" });
        Assert.Contains(paragraphs, p => p is { Speaker: null, Label: "Response from the hall" });
    }

    [Fact]
    public void NoRecordKeepsMarkdownBold() => // in text, speakers and labels; a section break's "***" is the page's own mark
        Assert.Empty(Records().SelectMany(r => r.Paragraphs.Where(p => p.Kind == ParagraphKind.Text).Select(p => (r.Provenance.File, p.N, Text: p.Text + " " + p.Speaker + " " + p.Label)))
            .Where(p => p.Text.Contains("**", StringComparison.Ordinal)).Take(20));

    private IEnumerable<Transcript> Records() => corpus.Pages.Select(p => p.Record).OfType<Transcript>();

    private ManifestRow Row(KremlinPage page) => corpus.Manifest[page.File];

    private string Describe(KremlinPage page) =>
        $"{page.File}: record ({page.Record!.Date:yyyy-MM-dd}, {page.Record.Venue}, {page.Record.Title}) manifest ({Row(page).DatetimeAttr}, {Row(page).Place}, {Row(page).Title})";

    private List<string> Mismatches(Func<KremlinPage, string?> page, Func<KremlinPage, string?> record) =>
        corpus.Pages.Where(p => p.Record is not null && page(p) != record(p))
            .Select(p => $"{p.File}: page '{page(p)}', record '{record(p)}'").Take(20).ToList();

    private static string? Normalised(string? text) => text is null || TextCleaner.Clean(text).Length == 0 ? null : TextCleaner.Clean(text);
}
