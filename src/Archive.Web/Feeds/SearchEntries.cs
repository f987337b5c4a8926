using System.Globalization;
using System.ServiceModel.Syndication;
using Archive.Records;
using Archive.Search;
using Archive.Web.Data;
using Archive.Web.Pages;

namespace Archive.Web.Feeds;

/// <summary>
/// A search's matching paragraphs as feed entries, each linked to its paragraph. An entry's id is the
/// paragraph's permanent short link, so a paragraph seen once is not news again after a re-import.
/// </summary>
public static class SearchEntries
{
    public static IEnumerable<SyndicationItem> Of(HttpRequest request, SearchResults results, ArchiveData data) =>
        results.Groups.SelectMany(g => g.Hits.Select(h => Entry(request, g, h, data.FindById(g.Id)?.ShortId)));

    private static SyndicationItem Entry(HttpRequest request, SearchGroup group, SearchHit hit, string? shortId)
    {
        var day = AtomFeed.Day(DateOnly.ParseExact(group.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        var link = SiteUrls.Absolute(request, group.Url + "#" + hit.Anchor);
        var id = shortId is null ? link : SiteUrls.Absolute(request, SiteUrls.Short(shortId, hit.N));
        var speaker = hit.Speaker is null ? "" : $"<b>{System.Net.WebUtility.HtmlEncode(hit.Speaker)}:</b> ";
        // The snippet is HTML already: the paragraph's text encoded, with the matches in <mark>.
        // A quotation across a paragraph break: both paragraphs, the end of one and the start of the next.
        var next = hit.Through is null ? "" : $"<p>{hit.ThroughSnippetHtml}</p>";
        var content = new TextSyndicationContent($"<p>{speaker}{hit.SnippetHtml}</p>{next}", TextSyndicationContentKind.Html);
        var title = hit.Through is { } through ? $"{group.Title}, paragraphs {hit.N}–{through}" : $"{group.Title}, paragraph {hit.N}";
        var item = new SyndicationItem(title, content, new Uri(link), id, day) { PublishDate = day };
        if (group.Venue is { } venue)
        {
            item.Categories.Add(new SyndicationCategory(TranscriptIds.Slug(venue), SiteUrls.Absolute(request, "/venues/"), venue));
        }
        return item;
    }
}
