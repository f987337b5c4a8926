using System.Globalization;
using Archive.Records;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Archive.Search;

/// <summary>
/// Writes the paragraph index: one Lucene document per text paragraph, carrying its transcript's
/// fields. Analysis is what costs, so <see cref="Parts"/> writers work at once, each on its own
/// thread and folder; <see cref="Commit"/> merges their segments into the one-segment index the
/// searcher opens. Each transcript goes to the part given the fewest paragraphs so far, and the
/// parts are merged in order, so the same content gives the same document order on every run and
/// every machine, and ties in score rank the same way.
/// </summary>
public sealed class IndexBuilder : IDisposable
{
    /// <summary>
    /// Writers at once: two, whatever the machine, because the number decides the document order
    /// (and so the order of equal scores); two keep a 2-core machine busy alongside the reading thread.
    /// </summary>
    public const int Parts = 2;

    /// <summary>Memory for buffered documents, shared by the parts; more means fewer, larger segments to merge.</summary>
    private const double RamBufferMB = 256;

    private readonly string _indexDir;
    private readonly string _partsDir;
    private readonly List<IndexPart> _parts = [];

    public IndexBuilder(string indexDir)
    {
        _indexDir = indexDir;
        _partsDir = indexDir.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + ".parts";
        DeleteParts();
        for (var i = 0; i < Parts; i++)
        {
            _parts.Add(new IndexPart(Path.Combine(_partsDir, i.ToString(CultureInfo.InvariantCulture)), RamBufferMB / Parts));
        }
    }

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
    /// Waits for the parts, then merges them in order into one segment in the index folder and
    /// commits: the index is written once and only read after. The parts' folders are deleted.
    /// </summary>
    public void Commit()
    {
        foreach (var part in _parts)
        {
            part.Finish();
        }
        System.IO.Directory.CreateDirectory(_indexDir);
        // NIOFSDirectory, not FSDirectory.Open's MMapDirectory: the merge reads every part, and
        // mapped files count in the importer's resident memory.
        using (var directory = new NIOFSDirectory(_indexDir))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ExactAnalyzer.Version, ArchiveAnalyzers.PerField)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            UseCompoundFile = false,
        }))
        {
            var partDirectories = _parts.Select(p => new NIOFSDirectory(p.Folder)).ToList();
            var readers = partDirectories.Select(d => (IndexReader)DirectoryReader.Open(d)).ToList();
            try
            {
                // One merge of every part's segments, in part order, straight into a single segment.
                writer.AddIndexes([.. readers]);
                writer.Commit();
            }
            finally
            {
                readers.ForEach(r => r.Dispose());
                partDirectories.ForEach(d => d.Dispose());
            }
        }
        DisposeParts();
        DeleteParts();
    }

    private void DisposeParts()
    {
        foreach (var part in _parts)
        {
            part.Dispose();
        }
        _parts.Clear();
    }

    private void DeleteParts()
    {
        if (System.IO.Directory.Exists(_partsDir))
        {
            System.IO.Directory.Delete(_partsDir, recursive: true);
        }
    }

    public void Dispose()
    {
        DisposeParts();
        DeleteParts();
    }
}
