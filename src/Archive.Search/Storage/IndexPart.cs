using Archive.Records;
using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Archive.Search.Storage;

/// <summary>
/// One part of the index being written: its own folder, its own writer and its own thread, fed
/// transcripts through a short queue. When the queue is closed the thread merges the part into one
/// segment and commits it, so the parts finish at the same time, each on its own core.
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
        // resident memory, which has a goal (docs/performance-log.md, "The importer's directory").
        _directory = new NIOFSDirectory(folder);
        ArchiveCodec.Register();
        var config = new IndexWriterConfig(ExactAnalyzer.Version, ArchiveAnalyzers.PerField)
        {
            Codec = new ArchiveCodec(),
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = ramBufferMB,
            // Segments are merged once, at the end, into one: merging them on the way as well, or
            // packing them into compound files, would write every byte again for nothing. A log
            // merge policy merges neighbours only, so documents keep the order they were added in.
            MergePolicy = new LogByteSizeMergePolicy { MergeFactor = 100, NoCFSRatio = 0 },
            MergeScheduler = new SerialMergeScheduler(),
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

    /// <summary>No more transcripts: the thread writes what is queued, merges the part into one segment and commits it.</summary>
    public void Close() => _queue.Close();

    /// <summary>Waits until everything queued is written, merged and committed (closing the queue first if need be).</summary>
    public void Finish()
    {
        _queue.Close();
        _thread.Join();
        ThrowIfFailed();
    }

    private void Run()
    {
        try
        {
            while (_queue.TryTake(out var transcript))
            {
                _document.AddTo(_writer, transcript);
            }
            if (_failure is null)
            {
                // One segment per part: a transcript's paragraphs then always share a segment.
                _writer.ForceMerge(1);
                _writer.SetCommitData(new Dictionary<string, string> { [PairsAnalyzer.CommitKey] = PairsAnalyzer.FrequentList });
                _writer.Commit();
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
