using System.Net;
using System.Net.Http.Headers;
using Archive.Tests;

namespace Archive.Web.Tests;

public sealed class ImmutablePagesTests(ArchiveSiteFactory site) : IClassFixture<ArchiveSiteFactory>
{
    private static readonly Uri SeedUrl = new("/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states", UriKind.Relative);
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task APageAskedForAgainWithItsETagAnswersNotModifiedWithoutABody()
    {
        using var first = await _client.GetAsync(SeedUrl);
        var etag = first.Headers.ETag;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, SeedUrl);
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    /// <summary>
    /// Served by MapStaticAssets under a URL that names the file's content, so it can be cached
    /// for a year. (The gzip and Brotli copies exist only in the published site: bench/pages.sh
    /// prints what it sends.)
    /// </summary>
    [Theory]
    [InlineData("href", "css/site.css")]
    [InlineData("src", "js/site.js")]
    public async Task StylesheetAndScriptAreLinkedByFingerprintedUrls(string attribute, string asset)
    {
        var page = await _client.GetStringAsync(SeedUrl);
        var pattern = $"{attribute}=\"(/{Path.GetDirectoryName(asset)}/{Path.GetFileNameWithoutExtension(asset)}\\.[a-z0-9]+\\{Path.GetExtension(asset)})\"";
        var url = System.Text.RegularExpressions.Regex.Match(page, pattern).Groups[1].Value;
        Assert.NotEmpty(url);

        using var response = await _client.GetAsync(Relative(url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var original = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, "src", "Archive.Web", "wwwroot", asset));
        Assert.Equal(original, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AStaleETagGetsTheWholePage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SeedUrl);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"from-an-older-import\""));
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"p6\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CachedSearchPagesStillAnswerEachQueryWithItsOwnResults()
    {
        var security = await _client.GetStringAsync(Relative("/api/search?q=security"));
        var afghanistan = await _client.GetStringAsync(Relative("/api/search?q=afghanistan"));
        var securityAgain = await _client.GetStringAsync(Relative("/api/search?q=security"));

        Assert.Contains("<mark>Afghanistan</mark>", afghanistan, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>Afghanistan</mark>", security, StringComparison.Ordinal);
        Assert.Equal(security, securityAgain);
    }

    [Fact]
    public async Task PagesThatChangeWithoutANewImportCarryNoETagAndAreNeverAnsweredNotModified()
    {
        var transcript = await _client.GetStringAsync(SeedUrl);
        var cite = Relative(System.Text.RegularExpressions.Regex.Match(transcript, "href=\"(/cite/[^\"]+)\"").Groups[1].Value);
        using var first = await _client.GetAsync(cite);
        using var page = await _client.GetAsync(SeedUrl);

        using var again = new HttpRequestMessage(HttpMethod.Get, cite);
        again.Headers.IfNoneMatch.Add(page.Headers.ETag!);
        using var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task NotFoundPagesCarryNoETag()
    {
        using var response = await _client.GetAsync(Relative("/2014/07/10/no-such-transcript"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=security")]
    [InlineData("?p=6")]
    public async Task ATranscriptPageAskedForTwiceIsAnsweredFromTheCacheTheSecondTime(string query)
    {
        using var first = await _client.GetAsync(Relative(SeedUrl + query));
        using var second = await _client.GetAsync(Relative(SeedUrl + query));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ASearchWithEveryParameterOfItsFormIsAnsweredFromTheCacheTheSecondTime()
    {
        const string url = "/search?q=security&from=2000-01-01&to=2020&venue=&speaker=&sort=newest&page=1";
        using var first = await _client.GetAsync(Relative(url));
        using var second = await _client.GetAsync(Relative(url));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(second.Headers.Age);
    }

    [Theory]
    [InlineData("?utm_source=newsletter", "")]
    [InlineData("?fbclid=IwAR0abc", "")]
    [InlineData("?q=security&cachebuster=1", "?q=security")]
    public async Task AParameterNoPageReadsGetsThePageButNeverACachedCopy(string query, string withoutIt)
    {
        var plain = await _client.GetStringAsync(SeedUrl + withoutIt);
        using var first = await _client.GetAsync(Relative(SeedUrl + query));
        using var second = await _client.GetAsync(Relative(SeedUrl + query));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age);
        Assert.NotNull(second.Headers.ETag);
        Assert.Equal(plain, await second.Content.ReadAsStringAsync());
    }

    /// <summary>A parameter the site itself puts in a link or form but the cache does not know would go uncached.</summary>
    [Theory]
    [InlineData("/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states")]
    [InlineData("/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states?q=security")]
    [InlineData("/search?q=security")]
    [InlineData("/")]
    public async Task EveryParameterInTheSiteOwnLinksAndFormsIsOneThePagesAreCachedBy(string url)
    {
        var (status, page) = await _client.GetPage(url);
        Assert.Equal(200, status);

        // Links marked download are files (a search's export), not pages the cache keeps.
        var keys = page.QuerySelectorAll("a[href*='?']:not([download])").Select(a => a.GetAttribute("href")!)
            .Where(href => href.StartsWith('/'))
            .SelectMany(href => href[(href.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&'))
            .Select(pair => pair.Split('=')[0])
            .Concat(page.QuerySelectorAll("form[method=get] [name]").Select(field => field.GetAttribute("name")!))
            .Distinct()
            .ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.True(Archive.Web.Caching.ImmutablePages.PageQueryKeys.Contains(key), $"{url} uses the parameter \"{key}\", which the output cache does not know"));
    }

    private static Uri Relative(string url) => new(url, UriKind.Relative);
}
