using System.Net;

namespace Archive.Web.Tests.Discovery;

public sealed class ApiCorsTests(BrowseSiteFactory site) : IClassFixture<BrowseSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        request.Headers.Add("Origin", "https://elsewhere.example");
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }
        return await _client.SendAsync(request);
    }

    [Theory]
    [InlineData("/api/years")]
    [InlineData("/api/search?q=future")]
    [InlineData("/feeds/transcripts")]
    [InlineData("/openapi/v1.json")]
    public async Task AnyOriginMayReadTheApiEvenFromTheCache(string url)
    {
        // Once to fill the output cache without an Origin, then from another site.
        using (await _client.GetAsync(new Uri(url, UriKind.Relative)))
        {
        }
        using var response = await Send(HttpMethod.Get, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task PreflightAllowsGetOnly()
    {
        using var response = await Send(HttpMethod.Options, "/api/years", ("Access-Control-Request-Method", "GET"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.DoesNotContain("POST", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlPagesAreNotOpenedToOtherSites()
    {
        using var response = await Send(HttpMethod.Get, "/years");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
