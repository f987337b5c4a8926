using System.ServiceModel.Syndication;
using static Archive.Web.Tests.BrowseSiteFactory;

namespace Archive.Web.Tests.Feeds;

public sealed class FeedTests(BrowseSiteFactory site) : IClassFixture<BrowseSiteFactory>
{
    private const string Site = "http://localhost";
    private readonly HttpClient _client = site.CreateClient();

    private static string[] Links(SyndicationFeed feed) => [.. feed.Items.Select(i => i.Link())];

    [Fact]
    public async Task NewestTranscriptsFeedListsEveryTranscriptNewestFirstWithAbsoluteLinks()
    {
        var feed = await _client.GetFeed("/feeds/transcripts");

        Assert.Equal(Site + "/feeds/transcripts", feed.Id);
        Assert.Equal([Students, Address, Press, Economy, Seed], Links(feed).Select(l => l[Site.Length..]));
        Assert.All(Links(feed), l => Assert.StartsWith(Site + "/", l, StringComparison.Ordinal));
        var students = feed.Items.First();
        Assert.Equal("Meeting with students", students.Title.Text);
        Assert.Equal(new DateTimeOffset(2015, 3, 3, 0, 0, 0, TimeSpan.Zero), students.LastUpdatedTime);
        Assert.Contains("Novo-Ogaryovo, Moscow region", ((TextSyndicationContent)students.Summary).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntryIdsAreThePermanentShortLinks()
    {
        var feed = await _client.GetFeed("/feeds/transcripts");
        using var catalog = System.Text.Json.JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/transcripts", UriKind.Relative)));
        var shortLinks = catalog.RootElement.EnumerateArray().Select(t => $"{Site}/d/{t.GetProperty("shortId").GetString()}");

        Assert.Equal(shortLinks, feed.Items.Select(i => i.Id));
        // A second fetch gives the same ids: feed readers tell new entries from old by them.
        Assert.Equal(feed.Items.Select(i => i.Id), (await _client.GetFeed("/feeds/transcripts")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task VenueSpeakerAndCollectionFeedsHoldOnlyTheirTranscripts()
    {
        Assert.Equal([Address, Economy], Links(await _client.GetFeed("/feeds/venues/the-kremlin-moscow")).Select(l => l[Site.Length..]));
        Assert.Equal([Press, Economy], Links(await _client.GetFeed("/feeds/speakers/vladimir-putin")).Select(l => l[Site.Length..]));
        // The seed names its collection (kremlin); the other four transcripts name none.
        Assert.Equal(4, (await _client.GetFeed("/feeds/collections/local")).Items.Count());
        Assert.Single((await _client.GetFeed("/feeds/collections/kremlin")).Items);
    }

    [Theory]
    [InlineData("/feeds/venues/nowhere")]
    [InlineData("/feeds/speakers/nobody")]
    [InlineData("/feeds/collections/none")]
    public async Task FeedOfSomethingUnknownIsNotFound(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SearchFeedGivesTheNewestMatchingParagraphsLinkedToTheParagraph()
    {
        var feed = await _client.GetFeed("/feeds/search?q=future");

        Assert.Equal([Students + "#p1", Address + "#p1", Seed + "#p5"], Links(feed).Select(l => l[Site.Length..]));
        Assert.All(feed.Items, i => Assert.Matches(@"^http://localhost/d/[a-z0-9]+/\d+$", i.Id));
        Assert.EndsWith("/5", feed.Items.Last().Id, StringComparison.Ordinal);
        var content = ((TextSyndicationContent)feed.Items.First().Content).Text;
        Assert.Contains("<mark>future</mark>", content, StringComparison.Ordinal);
        Assert.Equal(Site + "/search?q=future", feed.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString());
    }

    [Fact]
    public async Task SearchFeedKeepsTheSearchFiltersAndIgnoresItsOrder()
    {
        var feed = await _client.GetFeed("/feeds/search?q=future&from=2014-08-01&sort=oldest");

        Assert.Equal([Students + "#p1", Address + "#p1"], Links(feed).Select(l => l[Site.Length..]));
        Assert.Equal(Site + "/feeds/search?q=future&from=2014-08-01", feed.Id);
    }

    [Theory]
    [InlineData("/feeds/search")]
    [InlineData("/feeds/search?q=future&from=someday")]
    public async Task SearchFeedThatCannotRunSaysWhyWith400(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("/", "/feeds/transcripts")]
    [InlineData("/venues/the-kremlin-moscow", "/feeds/venues/the-kremlin-moscow")]
    [InlineData("/speakers/vladimir-putin", "/feeds/speakers/vladimir-putin")]
    [InlineData("/search?q=future&venue=The%20Kremlin%2C%20Moscow", "/feeds/search?q=future&venue=The%20Kremlin%2C%20Moscow")]
    public async Task PagesLinkTheFeedThatFollowsThem(string url, string feedUrl)
    {
        var (status, page) = await _client.GetPage(url);

        Assert.Equal(200, status);
        var first = page.QuerySelector("head link[rel=alternate][type='application/atom+xml']");
        Assert.Equal(feedUrl, first?.GetAttribute("href"));
        Assert.NotEmpty((await _client.GetFeed(feedUrl)).Items);
    }
}
