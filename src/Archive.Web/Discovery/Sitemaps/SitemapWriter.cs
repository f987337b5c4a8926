using System.Globalization;
using System.Text;
using System.Xml;

namespace Archive.Web.Discovery.Sitemaps;

/// <summary>
/// Writes the sitemap index and its files (sitemaps.org 0.9) straight to the response, a little at a
/// time: a file of 50,000 transcripts is about 7 MB, which is not worth holding whole in memory.
/// </summary>
public static class SitemapWriter
{
    public const string ContentType = "application/xml; charset=utf-8";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XmlWriterSettings Settings = new() { Async = true, Encoding = new UTF8Encoding(false) };

    /// <summary>
    /// Every page's <c>lastmod</c> is the import's time: the site does not know which records an import
    /// changed, and any import may change a page's links and counts (its ETag says the same).
    /// </summary>
    public static string LastModified(DateTimeOffset importedAt) =>
        importedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static Task WriteIndex(Stream body, string site, IEnumerable<SitemapFile> files, DateTimeOffset importedAt) =>
        Write(body, "sitemapindex", "sitemap", site, files.Select(f => f.Path), LastModified(importedAt));

    public static Task WriteFile(Stream body, string site, SitemapFile file, DateTimeOffset importedAt) =>
        Write(body, "urlset", "url", site, file.Paths(), LastModified(importedAt));

    private static async Task Write(Stream body, string root, string item, string site, IEnumerable<string> paths, string lastmod)
    {
        await using var xml = XmlWriter.Create(body, Settings);
        await xml.WriteStartDocumentAsync().ConfigureAwait(false);
        await xml.WriteStartElementAsync(null, root, Namespace).ConfigureAwait(false);
        foreach (var path in paths)
        {
            await xml.WriteStartElementAsync(null, item, Namespace).ConfigureAwait(false);
            await xml.WriteElementStringAsync(null, "loc", Namespace, site + path).ConfigureAwait(false);
            await xml.WriteElementStringAsync(null, "lastmod", Namespace, lastmod).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.FlushAsync().ConfigureAwait(false);
    }
}
