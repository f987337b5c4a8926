using System.Text.Json;
using Microsoft.Win32.SafeHandles;

namespace Archive.Records;

/// <summary>
/// <c>records.jsonl</c>: every full record of an import, one per line (compact JSON, UTF-8), in the
/// order they were imported; each catalog entry's <see cref="TranscriptSummary.Record"/> says where
/// its record is. One file, not one per transcript: creating tens of thousands of files cost the
/// importer more kernel time than writing their bytes (docs/performance.md).
/// </summary>
public static class RecordsFile
{
    public static string PathIn(string dataDir) => Path.Combine(dataDir, DataLayout.Records);

    /// <summary>Opens the file for <see cref="ReadBytes"/>: one handle serves any number of threads.</summary>
    public static SafeFileHandle Open(string dataDir) =>
        File.OpenHandle(PathIn(dataDir), FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);

    /// <summary>The record's JSON, read at its offset (a positional read: safe from many threads at once).</summary>
    public static byte[] ReadBytes(SafeFileHandle file, RecordSpan span)
    {
        var bytes = new byte[span.Length];
        if (PositionalRead.Fill(file, bytes, span.Offset) < bytes.Length)
        {
            throw new EndOfStreamException($"records.jsonl ends before the record at byte {span.Offset} ({span.Length} bytes): the import is damaged.");
        }
        return bytes;
    }

    public static Transcript Read(SafeFileHandle file, RecordSpan span) => RecordJson.ReadTranscript(ReadBytes(file, span));

    /// <summary>One record found through the catalog, or null if the id is not in it (for tools and tests; the site keeps the catalog in memory).</summary>
    public static Transcript? ReadById(string dataDir, string id)
    {
        IReadOnlyList<TranscriptSummary> catalog;
        using (var stream = File.OpenRead(Path.Combine(dataDir, DataLayout.Catalog)))
        {
            catalog = RecordJson.ReadCatalog(stream);
        }
        if (catalog.FirstOrDefault(t => t.Id == id)?.Record is not { } span)
        {
            return null;
        }
        using var file = Open(dataDir);
        return Read(file, span);
    }

    /// <summary>Every record in file order, one line at a time (for tools that read a whole import).</summary>
    public static IEnumerable<Transcript> ReadAll(string dataDir)
    {
        using var reader = new StreamReader(PathIn(dataDir), System.Text.Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return RecordJson.ReadTranscript(line);
            }
        }
    }
}

/// <summary>Appends records to a new <c>records.jsonl</c>, one line each, and says where each one went.</summary>
public sealed class RecordsWriter(string dataDir) : IDisposable
{
    private readonly FileStream _stream = new(RecordsFile.PathIn(dataDir), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);

    public RecordSpan Write(Transcript transcript)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(transcript, RecordJson.LineOptions);
        var span = new RecordSpan(_stream.Position, json.Length);
        _stream.Write(json);
        _stream.WriteByte((byte)'\n');
        return span;
    }

    public void Dispose() => _stream.Dispose();
}
