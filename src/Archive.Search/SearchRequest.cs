namespace Archive.Search;

/// <summary>
/// One search: the text as typed, filters (dates inclusive; venue and speaker matched whole, as
/// the facets show them; a collection by its id), the order, and which page of transcripts.
/// </summary>
public sealed record SearchRequest(
    string Query,
    int Page = 1,
    int PageSize = 20,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Venue = null,
    string? Speaker = null,
    SearchSort Sort = SearchSort.Relevance,
    string? Collection = null)
{
    public const int MaxQueryLength = 512;
    public const int MaxTerms = 32;
}
