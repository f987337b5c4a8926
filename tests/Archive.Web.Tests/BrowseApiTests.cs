using System.Net;
using System.Text.Json;
using static Archive.Web.Tests.BrowseSiteFactory;

namespace Archive.Web.Tests;

public sealed class BrowseApiTests(BrowseSiteFactory site) : IClassFixture<BrowseSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private async Task<(HttpStatusCode Status, JsonElement Json)> GetJson(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    [Fact]
    public async Task YearsTwinCountsYearsAndMonths()
    {
        var (status, json) = await GetJson("/api/years");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([2015, 2014], json.EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
        var months = json[1].GetProperty("months").EnumerateArray().Select(m => (m.GetProperty("key").GetInt32(), m.GetProperty("count").GetInt32()));
        Assert.Equal([(7, 3), (9, 1)], months);
    }

    [Theory]
    [InlineData("/api/dates/2014", 4)]
    [InlineData("/api/dates/2014/07", 3)]
    [InlineData("/api/dates/2014/07/10", 2)]
    public async Task DatesTwinListsThePeriodsTranscripts(string url, int count)
    {
        var (status, json) = await GetJson(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(count, json.GetProperty("count").GetInt32());
        Assert.Equal(count, json.GetProperty("transcripts").GetArrayLength());
        Assert.All(json.GetProperty("transcripts").EnumerateArray(), t => Assert.Matches("^[0-9a-z]{6}$", t.GetProperty("shortId").GetString()));
    }

    [Theory]
    [InlineData("/api/dates/2014/08")]
    [InlineData("/api/venues/nowhere")]
    [InlineData("/api/speakers/nobody")]
    public async Task EmptyPeriodsAndUnknownFacetsAnswerAJsonNotFound(string url)
    {
        var (status, json) = await GetJson(url);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.False(string.IsNullOrEmpty(json.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task VenueTwinsListVenuesAndOneVenuesTranscripts()
    {
        var (_, list) = await GetJson("/api/venues");
        Assert.Equal(["novo-ogaryovo-moscow-region", "the-kremlin-moscow"], list.EnumerateArray().Select(v => v.GetProperty("slug").GetString()));
        Assert.False(list[0].TryGetProperty("transcripts", out _));

        var (_, venue) = await GetJson("/api/venues/the-kremlin-moscow");
        Assert.Equal([Address, Economy], venue.GetProperty("transcripts").EnumerateArray().Select(t => t.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task SpeakerTwinListsTheTranscriptsWhereTheSpeakerHasTurns()
    {
        var (_, speaker) = await GetJson("/api/speakers/vladimir-putin");
        Assert.Equal("Vladimir Putin", speaker.GetProperty("name").GetString());
        Assert.Equal([Press, Economy], speaker.GetProperty("transcripts").EnumerateArray().Select(t => t.GetProperty("url").GetString()));
    }
}
