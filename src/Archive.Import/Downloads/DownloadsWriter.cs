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
        using (var input = File.OpenRead(source))
        using (var output = File.Create(Path.Combine(folder, name)))
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            input.CopyTo(gzip, 1 << 20);
        }
        return Described(folder, name, "application/gzip", description);
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
