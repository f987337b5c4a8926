using Archive.Search;
using Archive.Web.Api;

namespace Archive.Web.Feeds;

/// <summary>
/// The addresses of the Atom feeds, all under <c>/feeds</c>: the newest transcripts, a venue's, a
/// speaker's and a collection's, and any search's newest matching paragraphs (the search's own parameters).
/// </summary>
public static class FeedUrls
{
    public const string Transcripts = "/feeds/transcripts";

    public static string Venue(string slug) => "/feeds/venues/" + slug;

    public static string Speaker(string slug) => "/feeds/speakers/" + slug;

    public static string Collection(string id) => "/feeds/collections/" + id;

    /// <summary>The feed of a search: always newest first and its first page, so those two are left out.</summary>
    public static string Search(SearchParameters search) => (search with { Sort = SearchSort.Relevance }).Link("/feeds/search");
}
