using Archive.Records;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Archive.Search;

/// <summary>
/// One part of the index being written: its own folder, its own writer and its own thread, fed
/// transcripts through a short queue. <see cref="IndexBuilder"/> merges the parts when all is written.
/// </summary>
internal sealed class IndexPart : IDisposable
{
    /// <summary>Transcripts waiting for this part's thread: enough to keep it busy, few enough to bound memory.</summary>
    private const int QueueLength = 32;

    private readonly HandOffQueue<Transcript> _queue = new(QueueLength);
    private readonly ParagraphDocument _document = new();
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly Thread _thread;
    private Exception? _failure;

    public IndexPart(string folder, double ramBufferMB)
    {
        System.IO.Directory.CreateDirectory(folder);
        Folder = folder;
        // NIOFSDirectory, not FSDirectory.Open's MMapDirectory: mapped files count in the importer's
        // resident memory (about 0.85 GB more at 1M paragraphs when segments were merged here).
        _directory = new NIOFSDirectory(folder);
        var config = new IndexWriterConfig(ExactAnalyzer.Version, ArchiveAnalyzers.PerField)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = ramBufferMB,
            // Segments are merged once, at the end, into the final index: merging them here as
            // well, or packing them into compound files, would write every byte again for nothing.
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
            UseCompoundFile = false,
        };
        _writer = new IndexWriter(_directory, config);
        _thread = new Thread(Run) { IsBackground = true, Name = "index " + Path.GetFileName(folder) };
        _thread.Start();
    }

    public string Folder { get; }

    /// <summary>Paragraphs given to this part so far: the builder gives the next transcript to the part with the fewest.</summary>
    public long Paragraphs { get; private set; }

    public void Add(Transcript transcript)
    {
        ThrowIfFailed();
        Paragraphs += transcript.Paragraphs.Count;
        if (!_queue.Add(transcript))
        {
            // The thread failed and closed the queue after the check above.
            ThrowIfFailed();
        }
    }

    /// <summary>Waits for everything queued to be written, then commits the part.</summary>
    public void Finish()
    {
        _queue.Close();
        _thread.Join();
        ThrowIfFailed();
        _writer.Commit();
    }

    private void Run()
    {
        try
        {
            while (_queue.TryTake(out var transcript))
            {
                _document.AddTo(_writer, transcript);
            }
        }
#pragma warning disable CA1031 // Caught to be rethrown on the importing thread, which reports it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _failure = e;
            _queue.Close();
        }
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            throw new IOException($"Writing the index part in {Folder} failed: {_failure.Message}", _failure);
        }
    }

    public void Dispose()
    {
        _queue.Close();
        _thread.Join();
        _writer.Dispose();
        _directory.Dispose();
    }
}
