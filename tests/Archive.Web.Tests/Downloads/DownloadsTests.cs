using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Archive.Records;

namespace Archive.Web.Tests.Downloads;

public sealed class DownloadsTests(ArchiveSiteFactory site) : IClassFixture<ArchiveSiteFactory>
{
    private readonly HttpClient _client = site.CreateNonRedirectingClient();

    private static Uri Url(string name) => new("/downloads/" + name, UriKind.Relative);

    [Fact]
    public async Task ThePageListsEveryFileWithItsSumAndLinksTheRecordFormat()
    {
        var page = await _client.GetStringAsync(new Uri("/downloads", UriKind.Relative));
        var manifest = JsonDocument.Parse(await _client.GetStringAsync(Url(DownloadFiles.Manifest))).RootElement;

        foreach (var file in manifest.GetProperty("files").EnumerateArray())
        {
            Assert.Contains($"href=\"/downloads/{file.GetProperty("name").GetString()}\"", page, StringComparison.Ordinal);
            Assert.Contains(file.GetProperty("sha256").GetString()!, page, StringComparison.Ordinal);
        }
        Assert.Contains("href=\"/downloads/record-format\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheImportTimeIsAValidHtmlDateTime()
    {
        var page = await _client.GetStringAsync(new Uri("/downloads", UriKind.Relative));

        // HTML allows at most three digits of a second (the Nu checker refused the seven of "O").
        Assert.Matches("<time datetime=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\">", page);
    }

    [Fact]
    public async Task TheRecordsDownloadIsTheRecordsFileCompressedAndMatchesItsSum()
    {
        using var response = await _client.GetAsync(Url(DownloadFiles.Records));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/gzip", response.Content.Headers.ContentType?.MediaType);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal($"\"{sha}\"", response.Headers.ETag?.Tag);
        Assert.False(response.Headers.ETag!.IsWeak);
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await gzip.CopyToAsync(plain);
        Assert.Equal(await File.ReadAllBytesAsync(RecordsFile.PathIn(site.DataDir)), plain.ToArray());
    }

    [Fact]
    public async Task ARangeIsAnsweredWithThosePartsBytes()
    {
        var whole = await _client.GetByteArrayAsync(Url(DownloadFiles.Records));
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(DownloadFiles.Records));
        request.Headers.Range = new RangeHeaderValue(10, 29);
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(whole[10..30], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(whole.Length, response.Content.Headers.ContentRange?.Length);
    }

    [Fact]
    public async Task HeadGivesTheSizeAndNoBody()
    {
        var whole = await _client.GetByteArrayAsync(Url(DownloadFiles.Catalog));
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Url(DownloadFiles.Catalog)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(whole.Length, response.Content.Headers.ContentLength);
        Assert.Equal("bytes", response.Headers.AcceptRanges.Single());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AFileAskedForAgainWithItsETagAnswersNotModified()
    {
        using var first = await _client.GetAsync(Url(DownloadFiles.RecordSchema));
        using var again = new HttpRequestMessage(HttpMethod.Get, Url(DownloadFiles.RecordSchema));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task FilesAreSentAsStoredEvenToAClientThatTakesCompression()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(DownloadFiles.RecordSchema));
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var response = await _client.SendAsync(request);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(site.DataDir, DataLayout.Downloads, DownloadFiles.RecordSchema)), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("records.jsonl")]
    [InlineData("..%2Fmanifest.json")]
    [InlineData("nothing.gz")]
    public async Task ANameTheManifestDoesNotListIsNotFound(string name)
    {
        using var response = await _client.GetAsync(Url(name));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheRecordFormatIsAPageOfTheSite()
    {
        using var response = await _client.GetAsync(new Uri("/downloads/record-format", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", page, StringComparison.Ordinal);
        Assert.Contains("records.jsonl", page, StringComparison.Ordinal);
        // Links to documents the site does not serve are text, so the page has no broken link.
        Assert.DoesNotContain("href=\"architecture.md\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(".md\"", page, StringComparison.Ordinal);
    }
}
