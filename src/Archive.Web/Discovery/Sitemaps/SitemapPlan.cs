using Archive.Records;
using Archive.Web.Data;

namespace Archive.Web.Discovery.Sitemaps;

/// <summary>
/// Every page a crawler should know, by section, cut into files of at most <see cref="MaxUrls"/> URLs
/// (the sitemap protocol's limit; 50,000 transcript URLs come to about 7 MB, under its 50 MB). Made per
/// request from the catalog and its indexes: only the dates are gathered into a list (one entry a day),
/// the rest are read where they lie.
/// </summary>
public sealed class SitemapPlan
{
    public const int MaxUrls = 50_000;

    /// <summary>The pages that are always there: home, the lists and the built-in pages.</summary>
    public static readonly string[] FixedPaths = ["/", "/years", "/venues", "/speakers", "/about", "/help/search", "/help/api"];

    public SitemapPlan(IReadOnlyList<TranscriptSummary> newestFirst, DateIndex dates, FacetIndex venues, FacetIndex speakers, int maxUrls = MaxUrls)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUrls, 1);
        var datePaths = DatePaths(dates);
        // One collection page each (/collections/{id}), for the collections that have transcripts.
        var collections = newestFirst.Select(t => t.Collection).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        SitemapSection[] sections =
        [
            new("pages", FixedPaths.Length + collections.Length,
                i => i < FixedPaths.Length ? FixedPaths[i] : "/collections/" + collections[i - FixedPaths.Length]),
            new("dates", datePaths.Count, i => datePaths[i]),
            new("venues", venues.All.Count, i => "/venues/" + venues.All[i].Slug),
            new("speakers", speakers.All.Count, i => "/speakers/" + speakers.All[i].Slug),
            new("transcripts", newestFirst.Count, i => newestFirst[i].Url),
        ];
        var files = new List<SitemapFile>();
        foreach (var section in sections)
        {
            for (int first = 0, number = 1; first < section.Count; first += maxUrls, number++)
            {
                files.Add(new SitemapFile(section, number, first, Math.Min(maxUrls, section.Count - first)));
            }
        }
        Files = files;
    }

    public static SitemapPlan Of(ArchiveData data) => new(data.Catalog, data.Dates, data.Venues, data.Speakers);

    /// <summary>The files in the order the index lists them; a section with no pages has none.</summary>
    public IReadOnlyList<SitemapFile> Files { get; }

    /// <summary>The file at <paramref name="path"/> (<c>/sitemaps/transcripts-1.xml</c>), or null.</summary>
    public SitemapFile? Find(string path) => Files.FirstOrDefault(f => string.Equals(f.Path, path, StringComparison.Ordinal));

    /// <summary>Each year, then its months, then their days, newest year first.</summary>
    private static List<string> DatePaths(DateIndex dates)
    {
        var paths = new List<string>();
        foreach (var year in dates.Years)
        {
            paths.Add($"/{year.Key}");
            foreach (var month in dates.MonthsOf(year.Key))
            {
                paths.Add($"/{year.Key}/{month.Key:00}");
                foreach (var day in dates.DaysOf(year.Key, month.Key))
                {
                    paths.Add($"/{year.Key}/{month.Key:00}/{day.Key:00}");
                }
            }
        }
        return paths;
    }
}
