using System.Globalization;
using Archive.Records;
using Archive.Search.Storage;

namespace Archive.Search.Indexing;

/// <summary>
/// Writes the paragraph index: one Lucene document per text paragraph, carrying its transcript's
/// fields. Analysis is what costs, so <see cref="Parts"/> writers work at once, each on its own
/// thread, writing a Lucene index of its own in <c>index/0</c>, <c>index/1</c>, … and merging
/// it into one segment at the end; the searcher reads the parts together, in that order (see
/// <see cref="IndexParts"/>). Each transcript goes whole to the part given the fewest paragraphs
/// so far, so the same content gives the same document order on every run and every machine,
/// and ties in score rank the same way.
/// </summary>
public sealed class IndexBuilder : IDisposable
{
    /// <summary>
    /// Writers at once: two, whatever the machine, because the number decides the document order
    /// (and so the order of equal scores); two keep a 2-core machine busy alongside the reading thread.
    /// </summary>
    public const int Parts = 2;

    /// <summary>
    /// Memory for buffered documents, shared by the parts; more means fewer, larger segments for
    /// each part to merge at the end. Chosen by the import benchmark (docs/performance-log.md,
    /// "The importer's buffer").
    /// </summary>
    private const double RamBufferMB = 400;

    private readonly List<IndexPart> _parts = [];

    public IndexBuilder(string indexDir)
    {
        if (System.IO.Directory.Exists(indexDir))
        {
            System.IO.Directory.Delete(indexDir, recursive: true);
        }
        for (var i = 0; i < Parts; i++)
        {
            _parts.Add(new IndexPart(PartFolder(indexDir, i), RamBufferMB / Parts));
        }
    }

    /// <summary>The folder of part <paramref name="i"/>: <c>index/0</c>, <c>index/1</c>, …, read in that order.</summary>
    internal static string PartFolder(string indexDir, int i) => Path.Combine(indexDir, i.ToString(CultureInfo.InvariantCulture));

    public void Add(Transcript transcript)
    {
        var part = _parts[0];
        foreach (var candidate in _parts)
        {
            if (candidate.Paragraphs < part.Paragraphs)
            {
                part = candidate;
            }
        }
        part.Add(transcript);
    }

    /// <summary>The date as the Int32 <c>yyyyMMdd</c> of <see cref="SearchFields.DateNumber"/>.</summary>
    internal static int DateNumber(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>
    /// Waits for every part to be written, merged into one segment and committed: the index is
    /// written once and only read after.
    /// </summary>
    public void Commit()
    {
        // Every part is told first, so that they merge at the same time, each on its own core.
        foreach (var part in _parts)
        {
            part.Close();
        }
        foreach (var part in _parts)
        {
            part.Finish();
        }
    }

    public void Dispose()
    {
        foreach (var part in _parts)
        {
            part.Dispose();
        }
    }
}
