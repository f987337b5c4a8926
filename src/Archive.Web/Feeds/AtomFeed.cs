using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Archive.Web.Pages;

namespace Archive.Web.Feeds;

/// <summary>The parts every feed of the site shares, and its Atom 1.0 bytes.</summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Async = false };

    /// <summary>
    /// A feed whose id is its own absolute address, linked to itself and to the page it follows. Its
    /// updated time is the import's, since only an import changes it.
    /// </summary>
    public static SyndicationFeed Create(HttpRequest request, string title, string feedPath, string pagePath, DateTimeOffset updated)
    {
        var self = SiteUrls.Absolute(request, feedPath);
        var feed = new SyndicationFeed(title, null, new Uri(SiteUrls.Absolute(request, pagePath)), self, updated)
        {
            Generator = "Speech Archive",
        };
        feed.Authors.Add(new SyndicationPerson { Name = "Speech Archive", Uri = SiteUrls.Absolute(request, "/") });
        feed.Links.Add(new SyndicationLink(new Uri(self), "self", title, "application/atom+xml", 0));
        return feed;
    }

    /// <summary>A day as an Atom date: midnight UTC, since sources give no time zone.</summary>
    public static DateTimeOffset Day(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static IResult Result(SyndicationFeed feed)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return TypedResults.Bytes(buffer.ToArray(), ContentType);
    }
}
