using System.IO.Compression;
using System.Net;

namespace Archive.Web.Tests.Caching;

public sealed class CompressedPagesTests(BrowseSiteFactory site) : IClassFixture<BrowseSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private async Task<HttpResponseMessage> Get(string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        return await _client.SendAsync(request);
    }

    private static async Task<string> Decoded(HttpResponseMessage response)
    {
        var stream = await response.Content.ReadAsStreamAsync();
        Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(stream, CompressionMode.Decompress),
            "gzip" => new GZipStream(stream, CompressionMode.Decompress),
            null => stream,
            var other => throw new InvalidOperationException(other),
        };
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }

    [Theory]
    [InlineData(BrowseSiteFactory.Press, "gzip, deflate, br, zstd", "br")]
    [InlineData(BrowseSiteFactory.Press, "gzip, deflate", "gzip")]
    [InlineData(BrowseSiteFactory.Press, "br;q=0, gzip;q=0.5", "gzip")]
    [InlineData(BrowseSiteFactory.Press, "*", "br")]
    [InlineData("/api/transcripts", "br", "br")]
    [InlineData("/api/search?q=harvest", "gzip", "gzip")]
    [InlineData("/search/export?q=harvest&format=csv", "br", "br")]
    [InlineData(BrowseSiteFactory.Press, "identity", null)]
    [InlineData(BrowseSiteFactory.Press, null, null)]
    public async Task TextIsSentInTheBestCodingTheClientTakesWithTheSameContent(string path, string? accepted, string? coding)
    {
        using var plain = await Get(path, null);
        using var response = await Get(path, accepted);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(coding, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal(await Decoded(plain), await Decoded(response));
    }

    [Fact]
    public async Task ACachedPageIsServedAsTheCompressedBytesItKept()
    {
        using var first = await Get(BrowseSiteFactory.Address, "br");
        using var second = await Get(BrowseSiteFactory.Address, "gzip, br");
        using var gzip = await Get(BrowseSiteFactory.Address, "gzip");

        // The output cache marks what it answers with Age; the second request words the header
        // differently, and is still the same entry (the coding, not the header, keys the cache).
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal("br", second.Content.Headers.ContentEncoding.Single());
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal("gzip", gzip.Content.Headers.ContentEncoding.Single());
        Assert.Contains("Accept-Encoding", second.Headers.Vary);
    }

    [Fact]
    public async Task BrotliIsAtQualityFiveNotTheFrameworksOptimalFour()
    {
        using var plain = await Get(BrowseSiteFactory.Seed, null);
        using var br = await Get(BrowseSiteFactory.Seed, "br");
        var page = await plain.Content.ReadAsByteArrayAsync();

        static int Compressed(byte[] page, Func<Stream, Stream> brotli)
        {
            var output = new MemoryStream();
            using (var stream = brotli(output))
            {
                stream.Write(page);
            }
            return (int)output.Length;
        }

        var sent = (await br.Content.ReadAsByteArrayAsync()).Length;
        Assert.Equal(Compressed(page, s => new BrotliStream(s, new BrotliCompressionOptions { Quality = 5 }, true)), sent);
        Assert.True(sent < Compressed(page, s => new BrotliStream(s, CompressionLevel.Optimal, true)));
    }

    [Fact]
    public async Task ACompressedPageIsMuchSmaller()
    {
        using var plain = await Get(BrowseSiteFactory.Seed, null);
        using var br = await Get(BrowseSiteFactory.Seed, "br");

        Assert.True((await br.Content.ReadAsByteArrayAsync()).Length * 2 < (await plain.Content.ReadAsByteArrayAsync()).Length);
    }
}
