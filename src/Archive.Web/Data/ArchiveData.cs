using Archive.Records;
using Microsoft.Extensions.Caching.Memory;

namespace Archive.Web.Data;

/// <summary>
/// The imported folder as the site sees it: the catalog in memory (small: one line a transcript),
/// full records read from disk when asked for and kept in a bounded cache.
/// </summary>
public sealed class ArchiveData
{
    private const int CachedRecords = 2000;
    private readonly Dictionary<string, TranscriptSummary> _byId;
    private readonly Dictionary<string, TranscriptSummary> _byUrl;
    private readonly MemoryCache _records = new(new MemoryCacheOptions { SizeLimit = CachedRecords });

    public ArchiveData(string dataDir)
    {
        DataDir = Path.GetFullPath(dataDir);
        using (var stream = File.OpenRead(Path.Combine(DataDir, DataLayout.Manifest)))
        {
            Manifest = RecordJson.ReadManifest(stream);
        }
        using (var stream = File.OpenRead(Path.Combine(DataDir, DataLayout.Catalog)))
        {
            // The importer writes the catalog newest first; keep that order.
            Catalog = RecordJson.ReadCatalog(stream);
        }
        _byId = Catalog.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _byUrl = Catalog.ToDictionary(t => t.Url, StringComparer.Ordinal);
        Years = [.. Catalog.GroupBy(t => t.Date.Year).Select(g => new PeriodCount(g.Key, g.Count())).OrderByDescending(y => y.Key)];
    }

    public string DataDir { get; }
    public Manifest Manifest { get; }

    /// <summary>Every transcript, newest first.</summary>
    public IReadOnlyList<TranscriptSummary> Catalog { get; }

    /// <summary>Years with transcripts, newest first, with counts.</summary>
    public IReadOnlyList<PeriodCount> Years { get; }

    public TranscriptSummary? FindById(string id) => _byId.GetValueOrDefault(id);

    public TranscriptSummary? FindByUrl(string url) => _byUrl.GetValueOrDefault(url);

    public IEnumerable<TranscriptSummary> InYear(int year) => Catalog.Where(t => t.Date.Year == year);

    public IEnumerable<TranscriptSummary> InMonth(int year, int month) =>
        Catalog.Where(t => t.Date.Year == year && t.Date.Month == month);

    /// <summary>The full record, or null if the id is unknown.</summary>
    public Transcript? Load(string id)
    {
        if (!_byId.ContainsKey(id))
        {
            return null;
        }
        return _records.GetOrCreate(id, entry =>
        {
            entry.Size = 1;
            using var stream = File.OpenRead(DataLayout.RecordPath(DataDir, id));
            return RecordJson.ReadTranscript(stream);
        });
    }

    public string RecordPath(string id) => DataLayout.RecordPath(DataDir, id);
}
