namespace Archive.Web.Discovery.Sitemaps;

/// <summary>One kind of page in the sitemap (transcripts, dates, venues…): how many, and the path of each in order.</summary>
public sealed record SitemapSection(string Name, int Count, Func<int, string> PathAt);
