using System.ServiceModel.Syndication;
using System.Xml;

namespace Archive.Web.Tests.Feeds;

internal static class FeedReader
{
    /// <summary>Fetches a feed and reads it with the syndication library's Atom reader, which throws on anything that is not Atom.</summary>
    public static async Task<SyndicationFeed> GetFeed(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var xml = XmlReader.Create(stream);
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(xml), "The answer is not an Atom 1.0 feed.");
        formatter.ReadFrom(xml);
        return formatter.Feed;
    }

    public static string Link(this SyndicationItem item) => item.Links.Single(l => l.RelationshipType is null or "alternate").Uri.ToString();
}
