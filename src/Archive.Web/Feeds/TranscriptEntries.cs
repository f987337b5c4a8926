using System.ServiceModel.Syndication;
using Archive.Records;
using Archive.Web.Pages;

namespace Archive.Web.Feeds;

/// <summary>
/// Transcripts as feed entries, from the catalog alone (no record is read). An entry's id is the
/// transcript's permanent short link, which survives a corrected title or date.
/// </summary>
public static class TranscriptEntries
{
    /// <summary>Entries per feed: the newest transcripts of a list.</summary>
    public const int Count = 50;

    public static IEnumerable<SyndicationItem> Of(HttpRequest request, IEnumerable<TranscriptSummary> newestFirst) =>
        newestFirst.Take(Count).Select(t => Entry(request, t));

    private static SyndicationItem Entry(HttpRequest request, TranscriptSummary t)
    {
        var day = AtomFeed.Day(t.Date);
        var item = new SyndicationItem(t.Title, (SyndicationContent?)null, new Uri(SiteUrls.Absolute(request, t.Url)),
            SiteUrls.Absolute(request, t.ShortId is { } id ? SiteUrls.Short(id) : t.Url), day)
        {
            PublishDate = day,
            Summary = new TextSyndicationContent(Summary(t)),
        };
        item.Authors.Add(new SyndicationPerson { Name = t.Source });
        if (t.Venue is { } venue)
        {
            item.Categories.Add(new SyndicationCategory(TranscriptIds.Slug(venue), SiteUrls.Absolute(request, "/venues/"), venue));
        }
        foreach (var speaker in t.Speakers)
        {
            item.Categories.Add(new SyndicationCategory(TranscriptIds.Slug(speaker), SiteUrls.Absolute(request, "/speakers/"), speaker));
        }
        return item;
    }

    /// <summary>"July 10, 2014, Novo-Ogaryovo. Speakers: Vladimir Putin. 6 paragraphs."</summary>
    private static string Summary(TranscriptSummary t)
    {
        var where = t.Venue is null ? "" : ", " + t.Venue;
        var who = t.Speakers.Count == 0 ? "" : " Speakers: " + string.Join(", ", t.Speakers) + ".";
        return $"{Dates.Long(t.Date)}{where}.{who} {Plural.Of(t.Paragraphs, "paragraph")}.";
    }
}
