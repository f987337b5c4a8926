using System.Net;
using System.Text.Json;

namespace Archive.Web.Tests.Hosting;

/// <summary>Invalid parameters are a 400 with a sentence; an over-long address a 414; every API error is problem+json.</summary>
public sealed class ErrorResponsesTests(ArchiveSiteFactory site) : IClassFixture<ArchiveSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData("/search?q=security&sort=99", "The order '99'")]
    [InlineData("/search?q=security&sort=sideways", "The order 'sideways'")]
    [InlineData("/search?q=security&page=-1", "The page '-1'")]
    [InlineData("/search?q=security&from=2014-02-30", "The date '2014-02-30'")]
    [InlineData("/speakers/vladimir-putin?page=-1", "The page '-1'")]
    [InlineData("/speakers/vladimir-putin?page=two", "The page 'two'")]
    [InlineData("/2014/02/30", "February 2014 has 28 days")]
    [InlineData("/2015/04/31", "April 2015 has 30 days")]
    public async Task AnInvalidParameterIsABadRequestPageThatSaysWhatIsWrong(string url, string message)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search?q=security&sort=99", "The order '99'")]
    [InlineData("/api/search?q=security&page=-1", "The page '-1'")]
    [InlineData("/api/search?q=security&to=2014-13-01", "The date '2014-13-01'")]
    [InlineData("/api/dates/2014/02/30", "February 2014 has 28 days")]
    public async Task AnInvalidApiParameterIsABadRequestProblemThatSaysWhatIsWrong(string url, string message)
    {
        var (status, json) = await Problem(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.Contains(message, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(json.GetProperty("detail").GetString(), json.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/api/transcripts/no-such-id")]
    [InlineData("/api/speakers/nobody")]
    [InlineData("/api/dates/1900")]
    public async Task AnythingTheApiDoesNotHaveIsANotFoundProblem(string url)
    {
        var (status, json) = await Problem(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData(2_001, "")]
    [InlineData(0, "?q=")]
    public async Task AnOverLongAddressGetsAPageThatSaysSo(int pathLength, string query)
    {
        var url = "/" + new string('a', pathLength) + query + (query.Length > 0 ? new string('b', 2_001) : "");

        using var page = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var (status, json) = await Problem("/api" + url);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, page.StatusCode);
        Assert.Contains("Address too long", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, status);
        Assert.Equal(414, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AnAddressJustWithinTheLimitIsReadAsUsual()
    {
        using var response = await _client.GetAsync(new Uri("/search?q=" + new string('a', 1_990), UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Fact]
    public async Task AQuotationInCyrillicIsMeasuredByItsLettersNotItsEncodedLength()
    {
        var quotation = string.Concat(Enumerable.Repeat("Достопримечательность ", 20));
        var url = "/search?q=" + Uri.EscapeDataString(quotation);
        Assert.True(url.Length > 2_000);

        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<(HttpStatusCode Status, JsonElement Json)> Problem(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }
}
