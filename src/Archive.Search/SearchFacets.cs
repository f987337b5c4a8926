namespace Archive.Search;

/// <summary>
/// Counts of matching paragraphs: every year, oldest first (for the chart), the venues and
/// speakers with the most matches, most first, and every collection (by id), most first.
/// </summary>
public sealed record SearchFacets(IReadOnlyList<FacetCount> Years, IReadOnlyList<FacetCount> Venues, IReadOnlyList<FacetCount> Speakers, IReadOnlyList<FacetCount> Collections)
{
    public static SearchFacets None { get; } = new([], [], [], []);
}
