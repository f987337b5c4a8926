using System.Text.Json;
using Archive.Records;
using Archive.Search.Indexing;

namespace Archive.Web.Tests.Collections;

/// <summary>
/// Gives the records of an imported folder their collection and original address, as an importer
/// that knows its sources writes them, and writes <c>collections.json</c>: the records, catalog and
/// index are written again from the changed records, the manifest is kept.
/// </summary>
internal static class CollectedImport
{
    public static readonly CollectionInfo Kremlin = new()
    {
        Id = "kremlin",
        Name = "en.kremlin.ru",
        Publisher = "President of Russia",
        Homepage = "http://en.kremlin.ru/",
        Licence = "CC BY 4.0",
        LicenceUrl = "https://creativecommons.org/licenses/by/4.0/",
        Attribution = "© President of Russia / kremlin.ru, licensed under CC BY 4.0",
    };

    public static readonly CollectionInfo MillerCenter = new()
    {
        Id = "miller-center",
        Name = "Miller Center Presidential Speeches",
        Publisher = "Miller Center, University of Virginia",
        Homepage = "https://millercenter.org/the-presidency/presidential-speeches",
        Licence = "Public domain",
        LicenceUrl = "https://www.copyright.gov/title17/92chap1.html#105",
    };

    public static void Apply(string dataDir, Func<Transcript, Transcript> change, IReadOnlyList<CollectionInfo> collections)
    {
        var records = RecordsFile.ReadAll(dataDir).Select(change).ToList();
        File.Delete(RecordsFile.PathIn(dataDir));
        var catalog = new List<TranscriptSummary>();
        using (var index = new IndexBuilder(Path.Combine(dataDir, DataLayout.Index)))
        using (var writer = new RecordsWriter(dataDir))
        {
            foreach (var t in records)
            {
                var span = writer.Write(t);
                index.Add(t);
                catalog.Add(TranscriptSummary.Of(t) with { Record = span });
            }
            index.Commit();
        }
        catalog.Sort((a, b) => b.Date != a.Date ? b.Date.CompareTo(a.Date) : string.CompareOrdinal(a.Id, b.Id));
        using (var stream = File.Create(Path.Combine(dataDir, DataLayout.Catalog)))
        {
            RecordJson.Write(stream, catalog);
        }
        using (var stream = File.Create(Path.Combine(dataDir, DataLayout.Collections)))
        {
            JsonSerializer.Serialize(stream, collections, RecordJson.Options);
        }
    }
}
