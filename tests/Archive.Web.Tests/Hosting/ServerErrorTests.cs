using System.Net;
using System.Text.Json;
using Archive.Records;

namespace Archive.Web.Tests.Hosting;

/// <summary>A failure inside the site (here a records file cut short under it) is a 500: problem+json from the API, the error page elsewhere.</summary>
public sealed class ServerErrorTests : IDisposable
{
    private const string Seed = "/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states";
    private readonly SettingsSiteFactory _site = new(new Dictionary<string, string>());
    private readonly HttpClient _client;

    public ServerErrorTests()
    {
        _client = _site.CreateClient();
        File.WriteAllBytes(Path.Combine(_site.DataDir, DataLayout.Records), []);
    }

    [Fact]
    public async Task AnApiFailureIsAProblemNotAnHtmlPage()
    {
        var id = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/transcripts", UriKind.Relative))).RootElement[0].GetProperty("id").GetString();

        using var response = await _client.GetAsync(new Uri("/api/transcripts/" + id, UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(500, json.RootElement.GetProperty("status").GetInt32());
        // What went wrong inside is for the log, not for the client.
        Assert.DoesNotContain("records.jsonl", json.RootElement.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageFailureIsTheErrorPage()
    {
        using var response = await _client.GetAsync(new Uri(Seed, UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }
}
