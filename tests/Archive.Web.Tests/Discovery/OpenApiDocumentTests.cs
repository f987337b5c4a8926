using System.Text.Json;
using Archive.Web.Api.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Discovery;

public sealed class OpenApiDocumentTests(BrowseSiteFactory site) : IClassFixture<BrowseSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    /// <summary>The GET routes of the API and the feeds, as the running site maps them, in the document's form.</summary>
    private List<string> ApiRoutes() =>
        [.. site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal) || p.StartsWith("/feeds/", StringComparison.Ordinal))
            .Select(p => System.Text.RegularExpressions.Regex.Replace(p, @"\{(\w+)[^}]*\}", "{$1}"))];

    [Fact]
    public async Task DocumentDescribesEveryApiAndFeedEndpoint()
    {
        using var response = await _client.GetAsync(new Uri(ApiDocument.Path, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = json.RootElement.GetProperty("paths");

        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var routes = ApiRoutes();
        Assert.Contains("/api/transcripts/{id}", routes);
        Assert.Contains("/feeds/search", routes);
        foreach (var route in routes)
        {
            Assert.True(paths.TryGetProperty(route, out var path), $"{route} is not in the document");
            var get = path.GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()), $"{route} has no summary");
            Assert.True(get.GetProperty("responses").TryGetProperty("200", out var ok) && ok.TryGetProperty("content", out _), $"{route} does not say what it answers");
        }
    }

    [Fact]
    public async Task SearchParametersAndTheRecordSchemaAreDescribed()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri(ApiDocument.Path, UriKind.Relative)));
        var paths = json.RootElement.GetProperty("paths");

        var search = paths.GetProperty("/api/search").GetProperty("get");
        var parameters = search.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(["q", "from", "to", "venue", "speaker", "sort", "page"], parameters.Keys);
        Assert.True(parameters["q"].GetProperty("required").GetBoolean());
        Assert.Equal(["relevance", "newest", "oldest"], parameters["sort"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));

        var record = paths.GetProperty("/api/transcripts/{id}").GetProperty("get").GetProperty("responses").GetProperty("200").GetRawText();
        Assert.Contains("\"paragraphs\"", record, StringComparison.Ordinal);
        Assert.Contains("\"section-break\"", record, StringComparison.Ordinal);
    }
}
