using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Archive.Records;

namespace Archive.Import.Downloads;

/// <summary>
/// The import stage that writes <c>downloads/</c>: the whole archive as a few files a person or a script
/// fetches once (records and catalog gzip-compressed, the collections, the record's JSON Schema), a
/// <c>SHA256SUMS</c> and a manifest with each file's size and sum. Made from the staged output, after
/// the records, catalog and manifest are written, so the download is exactly what the site serves.
/// Described in docs/record-format.md ("Downloads").
/// </summary>
public static class DownloadsWriter
{
    public static void Write(string staging)
    {
        var folder = Path.Combine(staging, DataLayout.Downloads);
        Directory.CreateDirectory(folder);
        Manifest manifest;
        using (var stream = File.OpenRead(Path.Combine(staging, DataLayout.Manifest)))
        {
            manifest = RecordJson.ReadManifest(stream);
        }
        var files = new List<DownloadFile>
        {
            Gzip(Path.Combine(staging, DataLayout.Records), folder, DownloadFiles.Records,
                "Every transcript's full record, one JSON object a line (records.jsonl), in import order."),
            Gzip(Path.Combine(staging, DataLayout.Catalog), folder, DownloadFiles.Catalog,
                "The catalog (catalog.json): one entry a transcript, newest first; its record offsets hold in the decompressed records file."),
        };
        var collections = Path.Combine(staging, DataLayout.Collections);
        if (File.Exists(collections))
        {
            File.Copy(collections, Path.Combine(folder, DownloadFiles.Collections));
            files.Add(Described(folder, DownloadFiles.Collections, "application/json",
                "The collections the records belong to, with publisher and licence."));
        }
        File.WriteAllText(Path.Combine(folder, DownloadFiles.RecordSchema), RecordSchemaDocument.Json(), new UTF8Encoding(false));
        files.Add(Described(folder, DownloadFiles.RecordSchema, "application/schema+json",
            $"A JSON Schema of one line of the records file (record schema {RecordSchema.Version})."));

        var sums = new StringBuilder();
        foreach (var file in files)
        {
            // Two spaces, then the name: the form `sha256sum -c SHA256SUMS` reads.
            sums.Append(file.Sha256).Append("  ").Append(file.Name).Append('\n');
        }
        File.WriteAllText(Path.Combine(folder, DownloadFiles.Checksums), sums.ToString(), new UTF8Encoding(false));
        files.Add(Described(folder, DownloadFiles.Checksums, "text/plain", "The SHA-256 of each file above, for sha256sum -c."));

        using var output = File.Create(Path.Combine(folder, DownloadFiles.Manifest));
        RecordJson.Write(output, new DownloadsManifest
        {
            BuiltAt = manifest.BuiltAt,
            Transcripts = manifest.Transcripts,
            Paragraphs = manifest.Paragraphs,
            RecordSchema = DownloadFiles.RecordSchema,
            Files = files,
        });
    }

    private static DownloadFile Gzip(string source, string folder, string name, string description)
    {
        Compress(source, Path.Combine(folder, name));
        return Described(folder, name, "application/gzip", description);
    }

    /// <summary>
    /// Bytes of the source compressed as one gzip member. A larger file is written as several members one
    /// after another, compressed on every core at once (docs/performance.md, "Downloads"); gzip readers
    /// (gunzip, zcat, .NET's GZipStream, Python's gzip) read them as one stream (RFC 1952, 2.2). The size is
    /// fixed, not the number of cores, so the download is the same bytes on every machine.
    /// </summary>
    internal const int MemberBytes = 8 << 20;

    /// <summary>A gzip member of no bytes (RFC 1952): the header, an empty final deflate block, a CRC and a size of 0.</summary>
    private static ReadOnlySpan<byte> EmptyMember => [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>Writes <paramref name="source"/> gzip-compressed to <paramref name="target"/>, in members of <paramref name="memberBytes"/>.</summary>
    internal static void Compress(string source, string target, int memberBytes = MemberBytes)
    {
        using var input = File.OpenHandle(source);
        var length = RandomAccess.GetLength(input);
        var members = Math.Max(1, (length + memberBytes - 1) / memberBytes);
        // A batch of members at a time, each with a buffer of its own: memory stays at a few members.
        var batch = (int)Math.Min(Environment.ProcessorCount, members);
        var buffers = new byte[batch][];
        var compressed = new MemoryStream[batch];
        using var output = File.Create(target);
        for (long first = 0; first < members; first += batch)
        {
            var count = (int)Math.Min(batch, members - first);
            Parallel.For(0, count, i =>
            {
                var offset = (first + i) * memberBytes;
                var size = (int)Math.Min(memberBytes, length - offset);
                var buffer = buffers[i] ??= new byte[(int)Math.Min(memberBytes, length)];
                for (var read = 0; read < size;)
                {
                    var n = RandomAccess.Read(input, buffer.AsSpan(read, size - read), offset + read);
                    read += n > 0 ? n : throw new EndOfStreamException($"{source} ended at {offset + read} bytes while it was being compressed.");
                }
                var into = compressed[i] ??= new MemoryStream();
                into.SetLength(0);
                if (size == 0)
                {
                    // GZipStream writes nothing for nothing, and an empty file is not gzip.
                    into.Write(EmptyMember);
                    return;
                }
                using var gzip = new GZipStream(into, CompressionLevel.Optimal, leaveOpen: true);
                gzip.Write(buffer, 0, size);
            });
            for (var i = 0; i < count; i++)
            {
                output.Write(compressed[i].GetBuffer(), 0, (int)compressed[i].Length);
            }
        }
    }

    private static DownloadFile Described(string folder, string name, string mediaType, string description)
    {
        var path = Path.Combine(folder, name);
        byte[] hash;
        using (var stream = File.OpenRead(path))
        {
            hash = SHA256.HashData(stream);
        }
        return new DownloadFile(name, new FileInfo(path).Length, Convert.ToHexStringLower(hash), mediaType, description);
    }
}
