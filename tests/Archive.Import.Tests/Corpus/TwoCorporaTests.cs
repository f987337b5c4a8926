using Archive.Records;
using Archive.Tests;

namespace Archive.Import.Tests.Corpus;

/// <summary>Both shared corpora (4,596 en.kremlin.ru pages, 909 Miller Center speeches) imported into one archive.</summary>
public sealed class TwoCorporaTests : IDisposable
{
    private readonly TempDir _temp = new();

    [Fact]
    public void BothCorporaImportIntoOneArchiveEachRecordNamingItsFolderAndCollection()
    {
        var kremlin = Path.Combine(RepoPaths.Corpus, "kremlin-en-html");
        var miller = Path.Combine(RepoPaths.Corpus, "miller-center-txt");
        var log = new StringWriter();

        var report = new ContentImporter(new ImportOptions([kremlin, miller], _temp.Combine("out")), log).Run();

        Assert.Empty(report.Problems.Select(p => p.ToString()).Take(10));
        Assert.True(report.Published);
        Assert.Equal(["kremlin-en-html/MANIFEST.tsv", "kremlin-en-html/SOURCE.txt", "miller-center-txt/SOURCE.txt"], report.Skipped);
        var records = RecordsFile.ReadAll(_temp.Combine("out")).ToList();
        Assert.Equal(4596 + 909, records.Count);
        Assert.Equal(records.Count, records.Select(t => t.Provenance.File).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(records.Count, records.Select(t => t.ShortId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(records, t => Assert.Equal(
            t.Provenance.File.StartsWith("kremlin-en-html/news/", StringComparison.Ordinal) ? "kremlin"
            : t.Provenance.File.StartsWith("miller-center-txt/data/", StringComparison.Ordinal) ? "miller-center" : "(neither folder)",
            t.Collection));
        Assert.All(records, t => Assert.NotNull(t.SourceUrl));
        var panama = records.Single(t => t.Provenance.File == "miller-center-txt/data/1989-12-20-address-nation-panama.txt");
        Assert.Equal("https://millercenter.org/the-presidency/presidential-speeches/december-20-1989-address-nation-panama", panama.SourceUrl);

        using var collections = File.OpenRead(Path.Combine(_temp.Combine("out"), DataLayout.Collections));
        Assert.Equal(["kremlin", "miller-center"], RecordJson.ReadCollections(collections).Select(c => c.Id));
        using var catalog = File.OpenRead(Path.Combine(_temp.Combine("out"), DataLayout.Catalog));
        Assert.Equal(909, RecordJson.ReadCatalog(catalog).Count(s => s.Collection == "miller-center"));
        Assert.Contains("Importing 2 folders", log.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
