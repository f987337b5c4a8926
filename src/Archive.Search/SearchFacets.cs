namespace Archive.Search;

/// <summary>
/// Counts of matching paragraphs: every year, oldest first (for the chart), and the venues and
/// speakers with the most matches, most first.
/// </summary>
public sealed record SearchFacets(IReadOnlyList<FacetCount> Years, IReadOnlyList<FacetCount> Venues, IReadOnlyList<FacetCount> Speakers)
{
    public static SearchFacets None { get; } = new([], [], []);
}
