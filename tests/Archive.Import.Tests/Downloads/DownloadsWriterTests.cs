using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Archive.Import.Downloads;
using Archive.Records;
using Archive.Tests;

namespace Archive.Import.Tests.Downloads;

public sealed class DownloadsWriterTests : IDisposable
{
    private readonly TempDir _temp = new();

    public DownloadsWriterTests()
    {
        _temp.Write("content/transcripts/seed.txt", File.ReadAllBytes(RepoPaths.Seed));
        _temp.Write("content/transcripts/second.txt",
            "A second meeting\n\nPresident of Russia | July 11, 2014\n\nVladimir Putin: Good afternoon. \"Quoted\" words, and a comma.\n\n\nThe Kremlin, Moscow\n");
        var report = new ContentImporter(new ImportOptions(_temp.Combine("content"), OutDir), TextWriter.Null).Run();
        Assert.Empty(report.Problems);
    }

    private string OutDir => _temp.Combine("out");

    private string Downloads => Path.Combine(OutDir, DataLayout.Downloads);

    private DownloadsManifest Manifest()
    {
        using var stream = File.OpenRead(Path.Combine(Downloads, DownloadFiles.Manifest));
        return RecordJson.ReadDownloadsManifest(stream);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TheManifestListsEveryFileWithItsTrueSizeAndSum()
    {
        var manifest = Manifest();

        Assert.Equal((2, RecordSchema.Version), (manifest.Transcripts, manifest.Schema));
        Assert.Equal([DownloadFiles.Records, DownloadFiles.Catalog, DownloadFiles.Collections, DownloadFiles.RecordSchema, DownloadFiles.Checksums], manifest.Files.Select(f => f.Name));
        foreach (var file in manifest.Files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(Downloads, file.Name));
            Assert.Equal((long)bytes.Length, file.Bytes);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256);
        }
    }

    [Fact]
    public void Sha256SumsListsTheOtherFilesAsSha256sumReadsThem()
    {
        var lines = File.ReadAllLines(Path.Combine(Downloads, DownloadFiles.Checksums));

        Assert.Equal(Manifest().Files.Where(f => f.Name != DownloadFiles.Checksums).Select(f => $"{f.Sha256}  {f.Name}"), lines);
    }

    [Fact]
    public void TheRecordsDownloadDecompressesToTheRecordsFileByteForByte()
    {
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(Downloads, DownloadFiles.Records)), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);

        Assert.Equal(File.ReadAllBytes(RecordsFile.PathIn(OutDir)), plain.ToArray());
    }

    [Fact]
    public void ALargerFileIsWrittenAsMembersThatReadAsOneStream()
    {
        var source = RecordsFile.PathIn(OutDir);
        var bytes = File.ReadAllBytes(source);
        Assert.True(bytes.Length > 3 * 1000, "the records should make several members of 1,000 bytes");

        DownloadsWriter.Compress(source, _temp.Combine("records.gz"), memberBytes: 1000);
        DownloadsWriter.Compress(source, _temp.Combine("again.gz"), memberBytes: 1000);

        using (var gzip = new GZipStream(File.OpenRead(_temp.Combine("records.gz")), CompressionMode.Decompress))
        using (var whole = new MemoryStream())
        {
            gzip.CopyTo(whole);
            Assert.Equal(bytes, whole.ToArray());
        }
        // The first member alone (its deflate data, past the 10-byte header, ends where the member does) is the first 1,000 bytes.
        using (var file = File.OpenRead(_temp.Combine("records.gz")))
        using (var first = new MemoryStream())
        {
            file.Position = 10;
            using var deflate = new DeflateStream(file, CompressionMode.Decompress);
            deflate.CopyTo(first);
            Assert.Equal(bytes[..1000], first.ToArray());
        }
        Assert.Equal(File.ReadAllBytes(_temp.Combine("records.gz")), File.ReadAllBytes(_temp.Combine("again.gz")));
    }

    [Fact]
    public void AnEmptyFileIsOneEmptyMember()
    {
        _temp.Write("empty.txt", "");

        DownloadsWriter.Compress(_temp.Combine("empty.txt"), _temp.Combine("empty.gz"));

        using var gzip = new GZipStream(File.OpenRead(_temp.Combine("empty.gz")), CompressionMode.Decompress);
        Assert.Equal(-1, gzip.ReadByte());
        Assert.True(new FileInfo(_temp.Combine("empty.gz")).Length > 0);
    }

    [Fact]
    public void TheCatalogDownloadIsTheCatalog()
    {
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(Downloads, DownloadFiles.Catalog)), CompressionMode.Decompress);

        Assert.Equal(RecordJson.ReadCatalog(File.OpenRead(Path.Combine(OutDir, DataLayout.Catalog))), RecordJson.ReadCatalog(gzip), new SummaryById());
    }

    [Fact]
    public void TheSchemaDescribesEveryFieldARecordHas()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Downloads, DownloadFiles.RecordSchema)));
        var properties = schema.RootElement.GetProperty("properties");
        var paragraphProperties = properties.GetProperty("paragraphs").GetProperty("items").GetProperty("properties");

        foreach (var line in File.ReadLines(RecordsFile.PathIn(OutDir)))
        {
            using var record = JsonDocument.Parse(line);
            Assert.All(record.RootElement.EnumerateObject(), p => Assert.True(properties.TryGetProperty(p.Name, out _), p.Name));
            Assert.All(record.RootElement.GetProperty("paragraphs").EnumerateArray().SelectMany(p => p.EnumerateObject()),
                p => Assert.True(paragraphProperties.TryGetProperty(p.Name, out _), p.Name));
        }
        Assert.Contains("record-format.md", schema.RootElement.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private sealed class SummaryById : IEqualityComparer<TranscriptSummary>
    {
        public bool Equals(TranscriptSummary? x, TranscriptSummary? y) => x?.Id == y?.Id && x?.Record == y?.Record;

        public int GetHashCode(TranscriptSummary obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
