using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Archive.Search.Storage;

/// <summary>
/// The index as the searcher reads it: the folder of every part that <see cref="IndexBuilder"/>
/// wrote (<c>index/0</c>, <c>index/1</c>, …), opened in order as one reader, so document numbers
/// run through the parts in the order they were written.
/// </summary>
internal sealed class IndexParts : IDisposable
{
    private readonly List<LuceneDirectory> _directories;
    private readonly List<DirectoryReader> _parts;

    private IndexParts(List<LuceneDirectory> directories, List<DirectoryReader> parts)
    {
        _directories = directories;
        _parts = parts;
        Reader = new MultiReader([.. parts], closeSubReaders: true);
    }

    public IndexReader Reader { get; }

    /// <summary>Whether every part's commit holds <paramref name="value"/> under <paramref name="key"/> (what the importer recorded there).</summary>
    public bool AllCommitted(string key, string value) =>
        _parts.All(r => r.IndexCommit.UserData.TryGetValue(key, out var held) && held == value);

    /// <summary>
    /// Opens every part of <paramref name="indexDir"/>: through <c>FSDirectory.Open</c> (Lucene's
    /// choice for the platform), or, with <paramref name="positionalReads"/>, through
    /// <see cref="ReadAheadDirectory"/>.
    /// </summary>
    public static IndexParts Open(string indexDir, bool positionalReads)
    {
        ArchiveCodec.Register();
        var directories = new List<LuceneDirectory>();
        var readers = new List<DirectoryReader>();
        try
        {
            for (var i = 0; System.IO.Directory.Exists(IndexBuilder.PartFolder(indexDir, i)); i++)
            {
                var folder = IndexBuilder.PartFolder(indexDir, i);
                var directory = !positionalReads ? FSDirectory.Open(folder) : new ReadAheadDirectory(folder);
                directories.Add(directory);
                readers.Add(DirectoryReader.Open(directory));
            }
            if (readers.Count == 0)
            {
                throw new IndexNotFoundException($"No index in {indexDir}: it should hold the folders 0, 1, … that the importer writes.");
            }
            return new IndexParts(directories, readers);
        }
        catch
        {
            readers.ForEach(r => r.Dispose());
            directories.ForEach(d => d.Dispose());
            throw;
        }
    }

    public void Dispose()
    {
        Reader.Dispose();
        _directories.ForEach(d => d.Dispose());
    }
}

/// <summary>
/// The index folder as the searcher reads it: 4 KB per system call instead of
/// <c>NIOFSDirectory</c>'s 1 KB, one positional read each (<see cref="PositionalIndexInput"/>).
/// Postings and stored fields are read in runs, and two system calls per kilobyte were much of a
/// search's time. 4 KB, not more, because every clone of an input gets a buffer of its own (a
/// near-quote's postings and their skip lists make hundreds), and larger buffers were much of a
/// near-quote's garbage (docs/performance-log.md, "Read buffers").
/// </summary>
internal sealed class ReadAheadDirectory(string path) : NIOFSDirectory(path)
{
    private const int BufferSize = 4096;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        return PositionalIndexInput.Open(Path.Combine(Directory.FullName, name), BufferSize);
    }
}
