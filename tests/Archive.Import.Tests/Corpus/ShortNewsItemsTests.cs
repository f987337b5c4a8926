using Archive.Records;
using Archive.Search;
using Archive.Tests;

namespace Archive.Import.Tests.Corpus;

/// <summary>
/// The 300 short en.kremlin.ru items of the shared corpus (155 of them headline-only), imported as the folder
/// is, MANIFEST.tsv and SOURCE.txt included, through the real importer.
/// </summary>
public sealed class ShortNewsItemsTests(ShortNewsItemsTests.Import import) : IClassFixture<ShortNewsItemsTests.Import>
{
    public sealed class Import : IDisposable
    {
        private readonly TempDir _temp = new();

        public Import()
        {
            Report = new ContentImporter(new ImportOptions(Folder, OutDir), TextWriter.Null).Run();
            Records = RecordsFile.ReadAll(OutDir).ToDictionary(t => t.Provenance.File, StringComparer.Ordinal);
            Kinds = File.ReadLines(Path.Combine(Folder, "MANIFEST.tsv")).Skip(1).Select(l => l.Split('\t'))
                .ToDictionary(c => c[0], c => (Kind: c[3], Url: ManifestRow.OriginalUrlOf(c[1])), StringComparer.Ordinal);
        }

        public static string Folder => Path.Combine(RepoPaths.Corpus, "kremlin-en-html-short");
        public string OutDir => _temp.Combine("out");
        public ImportReport Report { get; }
        public IReadOnlyDictionary<string, Transcript> Records { get; }
        public IReadOnlyDictionary<string, (string Kind, string Url)> Kinds { get; }

        public void Dispose() => _temp.Dispose();
    }

    [Fact]
    public void TheWholeFolderImportsAndOnlyItsNotesAreLeftOut()
    {
        Assert.Empty(import.Report.Problems);
        Assert.True(import.Report.Published);
        Assert.Equal(["MANIFEST.tsv", "SOURCE.txt"], import.Report.Skipped);
        Assert.Equal(300, import.Report.Transcripts);
        Assert.Contains("MANIFEST.tsv: skipped (not a transcript", File.ReadAllText(Path.Combine(import.OutDir, ContentImporter.LogFile)), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryHeadlineOnlyItemIsARecordWhoseOneParagraphIsItsHeadline()
    {
        var headlineOnly = import.Kinds.Where(k => k.Value.Kind == "headline-only").Select(k => k.Key).ToHashSet();
        Assert.Equal(155, headlineOnly.Count);
        Assert.Equal(155, import.Report.HeadlineOnly);
        Assert.All(import.Records.Values, t =>
        {
            Assert.Equal(headlineOnly.Contains(t.Provenance.File) ? TranscriptKind.HeadlineOnly : TranscriptKind.Transcript, t.Kind);
            if (t.Kind == TranscriptKind.HeadlineOnly)
            {
                var p = Assert.Single(t.Paragraphs);
                Assert.Equal((t.Title, ParagraphKind.Text, (string?)null), (p.Text, p.Kind, p.Speaker));
            }
        });
    }

    [Fact]
    public void EveryItemsSourceUrlIsItsOriginalAddress()
    {
        Assert.All(import.Records.Values, t => Assert.Equal(import.Kinds[t.Provenance.File].Url, t.SourceUrl));
        using var collections = File.OpenRead(Path.Combine(import.OutDir, DataLayout.Collections));
        var kremlin = Assert.Single(RecordJson.ReadCollections(collections));
        Assert.Equal(("kremlin", "President of Russia", "CC BY 4.0"), (kremlin.Id, kremlin.Publisher, kremlin.Licence));
    }

    [Fact]
    public void AHeadlineIsFoundBySearch()
    {
        // news/17175.html: "Vladimir Putin arrived in Belgium to take part in the Russian-EU summit", and nothing more.
        var item = import.Records["news/17175.html"];
        Assert.Equal(TranscriptKind.HeadlineOnly, item.Kind);
        using var searcher = new TranscriptSearcher(import.OutDir);
        var results = searcher.Search(new SearchRequest("\"arrived in Belgium to take part\""));
        var group = Assert.Single(results.Groups);
        Assert.Equal(item.Id, group.Id);
    }
}
