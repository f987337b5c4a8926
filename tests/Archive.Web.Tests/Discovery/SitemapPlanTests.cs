using Archive.Records;
using Archive.Web.Data;
using Archive.Web.Discovery.Sitemaps;

namespace Archive.Web.Tests.Discovery;

public sealed class SitemapPlanTests
{
    /// <summary>
    /// A catalog the size of the archive at a million paragraphs (about 49,000 transcripts), made larger
    /// than one file: 60,001 transcripts, one a day, each with a speaker of its own, at seven venues.
    /// </summary>
    private static readonly IReadOnlyList<TranscriptSummary> Large = Catalog(60_001, i => $"Speaker {i}");

    private static List<TranscriptSummary> Catalog(int count, Func<int, string> speaker)
    {
        var first = new DateOnly(1900, 1, 1);
        return [.. Enumerable.Range(0, count).Reverse().Select(i =>
        {
            var date = first.AddDays(i);
            var slug = $"transcript-{i}";
            return new TranscriptSummary
            {
                Id = TranscriptIds.Id(date, slug),
                Url = TranscriptIds.Url(date, slug),
                Title = slug,
                Date = date,
                Source = "Test",
                Venue = $"Venue {i % 7}",
                Paragraphs = 20,
                Speakers = [speaker(i)],
            };
        })];
    }

    private static SitemapPlan PlanOf(IReadOnlyList<TranscriptSummary> catalog, int maxUrls = SitemapPlan.MaxUrls) =>
        new(catalog, new DateIndex(catalog), new FacetIndex(catalog, t => t.Venue is null ? [] : [t.Venue]), new FacetIndex(catalog, t => t.Speakers), maxUrls);

    [Fact]
    public void EveryPageIsInExactlyOneFileAndNoFileHoldsMoreThan50000()
    {
        var plan = PlanOf(Large);

        Assert.All(plan.Files, f => Assert.InRange(f.Count, 1, 50_000));
        var paths = plan.Files.SelectMany(f => f.Paths()).ToList();
        Assert.Equal(paths.Count, paths.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Large.Select(t => t.Url).Order(StringComparer.Ordinal), paths.Where(p => p.Count(c => c == '/') == 4).Order(StringComparer.Ordinal));
        Assert.Equal(60_001, paths.Count(p => p.StartsWith("/speakers/", StringComparison.Ordinal)));
        Assert.Equal(7, paths.Count(p => p.StartsWith("/venues/", StringComparison.Ordinal)));
        // One page for each day, month and year that has transcripts.
        var dates = Large.Select(t => t.Date.ToString("/yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture))
            .Concat(Large.Select(t => t.Date.ToString("/yyyy/MM", System.Globalization.CultureInfo.InvariantCulture)))
            .Concat(Large.Select(t => t.Date.ToString("/yyyy", System.Globalization.CultureInfo.InvariantCulture)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        Assert.Equal(dates, plan.Files.Where(f => f.Section.Name == "dates").SelectMany(f => f.Paths()).Order(StringComparer.Ordinal));
        Assert.Contains("/about", paths);
        Assert.Contains("/collections/local", paths);
    }

    [Fact]
    public void LargeSectionsAreCutIntoNumberedFilesInOrder()
    {
        var plan = PlanOf(Large);

        Assert.Equal(
            ["/sitemaps/pages-1.xml", "/sitemaps/dates-1.xml", "/sitemaps/dates-2.xml", "/sitemaps/venues-1.xml",
             "/sitemaps/speakers-1.xml", "/sitemaps/speakers-2.xml", "/sitemaps/transcripts-1.xml", "/sitemaps/transcripts-2.xml"],
            plan.Files.Select(f => f.Path));
        var transcripts = plan.Files.Where(f => f.Section.Name == "transcripts").ToList();
        Assert.Equal([50_000, 10_001], transcripts.Select(f => f.Count));
        // Newest first, carried on from one file to the next.
        Assert.Equal(Large[0].Url, transcripts[0].Paths().First());
        Assert.Equal(Large[49_999].Url, transcripts[0].Paths().Last());
        Assert.Equal(Large[50_000].Url, transcripts[1].Paths().First());
        Assert.Equal(Large[^1].Url, transcripts[1].Paths().Last());
    }

    [Fact]
    public void ExactlyAFileFullMakesOneFileAndOneMoreMakesTwo()
    {
        var full = PlanOf(Catalog(50_000, _ => "Everyone"));
        var over = PlanOf(Catalog(50_001, _ => "Everyone"));

        Assert.Equal([50_000], full.Files.Where(f => f.Section.Name == "transcripts").Select(f => f.Count));
        Assert.Equal([50_000, 1], over.Files.Where(f => f.Section.Name == "transcripts").Select(f => f.Count));
        Assert.Single(over.Files, f => f.Section.Name == "speakers");
    }

    [Theory]
    [InlineData("/sitemaps/transcripts-2.xml", true)]
    [InlineData("/sitemaps/transcripts-3.xml", false)]
    [InlineData("/sitemaps/transcripts-0.xml", false)]
    [InlineData("/sitemaps/Transcripts-1.xml", false)]
    [InlineData("/sitemaps/nothing-1.xml", false)]
    public void OnlyTheListedFilesAreFound(string path, bool found)
    {
        Assert.Equal(found, PlanOf(Large).Find(path) is not null);
    }

    [Fact]
    public void AnEmptyArchiveHasOnlyItsFixedPages()
    {
        var plan = PlanOf([]);

        var file = Assert.Single(plan.Files);
        Assert.Equal(SitemapPlan.FixedPaths, file.Paths());
    }
}
