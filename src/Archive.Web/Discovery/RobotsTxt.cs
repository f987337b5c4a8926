using System.Text;
using Archive.Web.Pages;

namespace Archive.Web.Discovery;

/// <summary>
/// <c>/robots.txt</c>: crawlers get every page reachable from the sitemap and are kept out of the
/// addresses that only repeat those pages in another form: search exports and feeds, and the JSON twins
/// under <c>/api</c>. Search and citation pages stay open, so a search engine may list one that someone
/// links to; they keep crawlers from walking on instead (a search page says <c>nofollow</c>, links to
/// citation pages are <c>rel="nofollow"</c>, and a citation page names its transcript as canonical).
/// Short links (<c>/d/</c>) stay open: link previews follow them.
/// </summary>
public static class RobotsTxt
{
    public static readonly string[] Disallowed = ["/search/export", "/feeds/search", "/api/"];

    public static string For(HttpRequest request)
    {
        var text = new StringBuilder("User-agent: *\n");
        foreach (var path in Disallowed)
        {
            text.Append("Disallow: ").Append(path).Append('\n');
        }
        text.Append('\n').Append("Sitemap: ").Append(SiteUrls.Absolute(request, SitemapUrls.Index)).Append('\n');
        return text.ToString();
    }
}
