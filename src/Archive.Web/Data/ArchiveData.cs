using Archive.Records;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Win32.SafeHandles;

namespace Archive.Web.Data;

/// <summary>
/// The imported folder as the site sees it: the catalog in memory (small: one line a transcript),
/// full records read from disk when asked for and kept in a bounded cache.
/// </summary>
public sealed class ArchiveData
{
    /// <summary>
    /// Memory for records kept read, in bytes of their strings. Bounded by size, not count: a count
    /// let a run on long transcripts hold hundreds of megabytes (docs/performance.md, web memory at
    /// 1M paragraphs). Rendered pages are kept by the output cache, so this serves only the other pages
    /// of a transcript a reader is on (citations, paragraph links, searches within it); a larger cache
    /// made a crawl slower (records kept long enough to be copied into the old generation, then
    /// dropped) and the process larger (docs/performance-log.md, "The record cache").
    /// </summary>
    internal const long DefaultCachedRecordBytes = 2L * 1024 * 1024;
    private readonly Dictionary<string, TranscriptSummary> _byId;
    private readonly Dictionary<string, TranscriptSummary> _byUrl;
    private readonly Dictionary<string, TranscriptSummary> _byShortId;
    private readonly Dictionary<string, TranscriptSummary> _byFormerUrl;
    private readonly Dictionary<string, int> _position;
    private readonly MemoryCache _records;
    private readonly SafeFileHandle _recordsFile;

    /// <param name="dataDir">The imported folder.</param>
    /// <param name="manifest">Its manifest, already read (the site reads it first, for its ETag).</param>
    public ArchiveData(string dataDir, Manifest manifest) : this(dataDir, manifest, DefaultCachedRecordBytes)
    {
    }

    internal ArchiveData(string dataDir, Manifest manifest, long cachedRecordBytes)
    {
        _records = new MemoryCache(new MemoryCacheOptions { SizeLimit = cachedRecordBytes, CompactionPercentage = 0.25, TrackStatistics = true });
        DataDir = Path.GetFullPath(dataDir);
        Manifest = manifest;
        using (var stream = File.OpenRead(Path.Combine(DataDir, DataLayout.Catalog)))
        {
            // The date index and the neighbour links need newest first (ties by id). The importer writes
            // that order; sorting again costs milliseconds and keeps the site right for any catalog.
            var catalog = RecordJson.ReadCatalog(stream).ToList();
            catalog.Sort((a, b) => b.Date != a.Date ? b.Date.CompareTo(a.Date) : string.CompareOrdinal(a.Id, b.Id));
            Catalog = catalog;
        }
        _byId = Catalog.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _byUrl = Catalog.ToDictionary(t => t.Url, StringComparer.Ordinal);
        _byShortId = new Dictionary<string, TranscriptSummary>(StringComparer.Ordinal);
        foreach (var t in Catalog)
        {
            if (t.ShortId is { } shortId)
            {
                _byShortId.TryAdd(shortId, t);
            }
        }
        // A live URL always wins over another transcript's former one.
        _byFormerUrl = new Dictionary<string, TranscriptSummary>(StringComparer.Ordinal);
        foreach (var t in Catalog)
        {
            foreach (var url in t.FormerUrls ?? [])
            {
                if (!_byUrl.ContainsKey(url))
                {
                    _byFormerUrl.TryAdd(url, t);
                }
            }
        }
        _position = Catalog.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        Dates = new DateIndex(Catalog);
        Venues = new FacetIndex(Catalog, t => t.Venue is null ? [] : [t.Venue]);
        Speakers = new FacetIndex(Catalog, t => t.Speakers);
        Collections = new CollectionIndex(CollectionIndex.Read(DataDir), Catalog);
        _recordsFile = RecordsFile.Open(DataDir);
    }

    /// <summary>Bytes of records held in the cache now (their estimated size), at most the bound.</summary>
    internal long CachedRecordBytes => _records.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public string DataDir { get; }
    public Manifest Manifest { get; }

    /// <summary>Every transcript, newest first.</summary>
    public IReadOnlyList<TranscriptSummary> Catalog { get; }

    /// <summary>Years with transcripts, newest first, with counts.</summary>
    public IReadOnlyList<PeriodCount> Years => Dates.Years;

    public DateIndex Dates { get; }
    public FacetIndex Venues { get; }
    public FacetIndex Speakers { get; }
    public CollectionIndex Collections { get; }

    public TranscriptSummary? FindById(string id) => _byId.GetValueOrDefault(id);

    public TranscriptSummary? FindByUrl(string url) => _byUrl.GetValueOrDefault(url);

    public TranscriptSummary? FindByShortId(string shortId) => _byShortId.GetValueOrDefault(shortId);

    /// <summary>The transcript that used to live at <paramref name="url"/> before its title or date was corrected.</summary>
    public TranscriptSummary? FindByFormerUrl(string url) => _byFormerUrl.GetValueOrDefault(url);

    /// <summary>The transcript just before this one in time (older), or null.</summary>
    public TranscriptSummary? Earlier(string id) =>
        _position.TryGetValue(id, out var i) && i + 1 < Catalog.Count ? Catalog[i + 1] : null;

    /// <summary>The transcript just after this one in time (newer), or null.</summary>
    public TranscriptSummary? Later(string id) =>
        _position.TryGetValue(id, out var i) && i > 0 ? Catalog[i - 1] : null;

    public IEnumerable<TranscriptSummary> InYear(int year) =>
        Dates.Between(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public IEnumerable<TranscriptSummary> InMonth(int year, int month) =>
        Dates.Between(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    /// <summary>The full record, or null if the id is unknown.</summary>
    public Transcript? Load(string id)
    {
        if (!_byId.TryGetValue(id, out var summary))
        {
            return null;
        }
        return _records.GetOrCreate(id, entry =>
        {
            var span = Located(summary);
            // Its strings hold about as many characters as the JSON has bytes, at two bytes a character.
            entry.Size = Math.Max(2L * span.Length, 1);
            return RecordsFile.Read(_recordsFile, span);
        });
    }

    /// <summary>The record's JSON as the importer wrote it, or null if the id is unknown.</summary>
    public byte[]? RecordJsonOf(string id) =>
        _byId.TryGetValue(id, out var summary) ? RecordsFile.ReadBytes(_recordsFile, Located(summary)) : null;

    private static RecordSpan Located(TranscriptSummary summary) =>
        summary.Record ?? throw new InvalidDataException($"The catalog does not say where the record of {summary.Id} is: re-import the content.");

    /// <summary>
    /// Closes the records file. Not <see cref="IDisposable"/>: the site resolves this per request from the
    /// import being served, and its container disposes what a request resolved; the import's
    /// <see cref="ArchiveSnapshot"/> closes it after its last request.
    /// </summary>
    internal void Close()
    {
        _records.Dispose();
        _recordsFile.Dispose();
    }
}
