using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Discovery;

public sealed partial class ApiHelpTests(BrowseSiteFactory site) : IClassFixture<BrowseSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private async Task<List<string>> ExamplePaths()
    {
        var (_, page) = await _client.GetPage("/help/api");
        return [.. CurlExample().Matches(page.QuerySelector("article")!.TextContent).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("curl -s \"\\$ARCHIVE(/[^\"]*)\"")]
    private static partial Regex CurlExample();

    [Fact]
    public async Task EveryApiAndFeedEndpointHasACurlExample()
    {
        var examples = await ExamplePaths();
        var routes = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal) || p.StartsWith("/feeds/", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(routes);
        foreach (var route in routes)
        {
            // {name} is one segment; an optional {name?} may be left out with its slash.
            var pattern = "^" + Regex.Replace(Regex.Escape(route).Replace(@"\{", "{", StringComparison.Ordinal), @"/\{(\w+)([^}]*)\}",
                m => m.Groups[2].Value.Contains('?', StringComparison.Ordinal) ? "(/[^/?]+)?" : "/[^/?]+") + @"(\?.*)?$";
            Assert.True(examples.Any(e => Regex.IsMatch(e, pattern)), $"No curl example for {route}");
        }
    }

    [Fact]
    public async Task EveryCurlExampleAnswers200()
    {
        var examples = await ExamplePaths();

        Assert.True(examples.Count >= 20, $"only {examples.Count} examples");
        foreach (var path in examples)
        {
            using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }
    }
}
