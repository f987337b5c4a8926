namespace Archive.Web.Discovery.Sitemaps;

/// <summary>File <see cref="Number"/> (from 1) of a section: its paths <see cref="First"/> to <see cref="First"/> + <see cref="Count"/> - 1.</summary>
public sealed record SitemapFile(SitemapSection Section, int Number, int First, int Count)
{
    public string Path => SitemapUrls.File(Section.Name, Number);

    public IEnumerable<string> Paths()
    {
        for (var i = First; i < First + Count; i++)
        {
            yield return Section.PathAt(i);
        }
    }
}
