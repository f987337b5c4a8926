using System.Globalization;

namespace Archive.Web.Discovery;

/// <summary><c>/sitemap.xml</c>, the index, and the files it lists, <c>/sitemaps/{section}-{n}.xml</c>.</summary>
public static class SitemapUrls
{
    public const string Index = "/sitemap.xml";

    public static string File(string section, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"/sitemaps/{section}-{number}.xml");
}
