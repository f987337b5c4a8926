namespace Archive.Search;

public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, string? Problem)
{
    public static SearchResults Refused(string problem) => new(0, [], problem);
}
