using System.Net;

namespace Archive.Web.Tests.Hosting;

/// <summary>GET and HEAD wherever a page or the API answers; 405 with Allow for anything else, in the form its client reads.</summary>
public sealed class MethodRulesTests(ArchiveSiteFactory site) : IClassFixture<ArchiveSiteFactory>
{
    private const string Seed = "/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states";
    private readonly HttpClient _client = site.CreateClient();

    public static TheoryData<string, string> OtherMethods()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in new[] { "POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS" })
        {
            foreach (var url in new[] { "/", Seed, "/search?q=security", "/about", "/years", "/2014", "/speakers", "/d/abcdef" })
            {
                data.Add(method, url);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(OtherMethods))]
    public async Task APageAnswersAnyOtherMethodWithMethodNotAllowedAndItsPage(string method, string url)
    {
        using var response = await Send(method, url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Method not allowed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/api/search?q=security")]
    [InlineData("PUT", "/api/transcripts")]
    [InlineData("DELETE", "/api/years")]
    [InlineData("TRACE", "/api/venues")]
    [InlineData("PATCH", "/api/dates/2014")]
    [InlineData("OPTIONS", "/api/search?q=security")]
    public async Task TheApiAnswersAnyOtherMethodWithMethodNotAllowedAsProblemJson(string method, string url)
    {
        using var response = await Send(method, url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/")]
    [InlineData(Seed)]
    [InlineData("/search?q=security")]
    [InlineData("/about")]
    [InlineData("/api/search?q=security")]
    [InlineData("/api/transcripts")]
    [InlineData("/api/years")]
    [InlineData("/api/dates/2014/07/10")]
    public async Task HeadAnswersWhereverGetDoes(string url)
    {
        using var get = await Send("GET", url);
        using var head = await Send("HEAD", url);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }

    [Theory]
    [InlineData("/error/500")]
    [InlineData("/error/404")]
    [InlineData("/error/599")]
    [InlineData("/error/429")]
    public async Task TheErrorPagesCannotBeAskedForDirectly(string url)
    {
        using var response = await Send("GET", url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> Send(string method, string url) =>
        _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative)));
}
