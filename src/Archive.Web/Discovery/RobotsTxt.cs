using System.Text;
using Archive.Web.Pages;

namespace Archive.Web.Discovery;

/// <summary>
/// <c>/robots.txt</c>: crawlers get every page reachable from the sitemap and are kept out of the
/// addresses that have no end or that repeat those pages: searches (and their feeds and exports, under
/// <c>/search</c> and <c>/feeds/search</c>), the JSON twins under <c>/api</c>, and the citation page of
/// every paragraph. Short links (<c>/d/</c>) stay open: link previews follow them.
/// </summary>
public static class RobotsTxt
{
    public static readonly string[] Disallowed = ["/search", "/feeds/search", "/api/", "/cite/"];

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
