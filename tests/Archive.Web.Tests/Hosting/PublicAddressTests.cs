using Archive.Web.Hosting;

namespace Archive.Web.Tests.Hosting;

/// <summary>Absolute links name the configured public address, whatever Host header a request carries.</summary>
public sealed class PublicAddressTests : IDisposable
{
    private const string Public = "https://archive.example.org";
    private const string Seed = "/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states";
    private readonly SettingsSiteFactory _site = new(new Dictionary<string, string> { [PublicAddress.Setting] = Public + "/" });
    private readonly HttpClient _client;

    public PublicAddressTests() => _client = _site.CreateClient();

    [Theory]
    [InlineData(Seed)]
    [InlineData(Seed + "?p=3")]
    public async Task TranscriptLinksNameThePublicAddressNotTheRequestsHost(string url)
    {
        var page = await GetWithHost(url, "evil.example");

        Assert.DoesNotContain("evil.example", page, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"{Public}{Seed}\">", page, StringComparison.Ordinal);
        Assert.Matches($"<meta property=\"og:url\" content=\"{Public}/d/[0-9a-z]{{6}}", page);
        Assert.Matches($"class=\"short-link\" href=\"/d/[0-9a-z]{{6}}\">{Public}/d/[0-9a-z]{{6}}</a>", page);
    }

    [Fact]
    public async Task CitationsNameThePublicAddressNotTheRequestsHost()
    {
        var transcript = await GetWithHost(Seed, "archive.example.org");
        var cite = System.Text.RegularExpressions.Regex.Match(transcript, "href=\"(/cite/[^\"]+)\"").Groups[1].Value;

        var page = await GetWithHost(cite, "evil.example");

        Assert.DoesNotContain("evil.example", page, StringComparison.Ordinal);
        Assert.Contains(Public + cite.Replace("/cite/", "/d/", StringComparison.Ordinal), page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("archive.example.org")]
    [InlineData("ftp://archive.example.org")]
    [InlineData("https://archive.example.org/?utm=1")]
    [InlineData("https://user:secret@archive.example.org")]
    public void AnAddressThatCannotBeALinksStartIsRefusedWithTheSettingsName(string configured)
    {
        var e = Assert.Throws<InvalidOperationException>(() => PublicAddress.Parse(configured));
        Assert.Contains(PublicAddress.Setting, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://archive.example.org/", "https://archive.example.org")]
    [InlineData("http://127.0.0.1:51800", "http://127.0.0.1:51800")]
    [InlineData("https://example.org/speeches/", "https://example.org/speeches")]
    public void AnAddressIsWrittenWithoutItsTrailingSlash(string configured, string written) =>
        Assert.Equal(written, PublicAddress.Parse(configured));

    private async Task<string> GetWithHost(string url, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Host = host;
        using var response = await _client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }
}
