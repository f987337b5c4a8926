using Archive.Search;

namespace Archive.Web.Api;

/// <summary>The JSON twin of the search page: the same groups, facets, suggestion, notes and paging.</summary>
public sealed record ApiSearchResults(
    string Query,
    string Sort,
    ApiSearchFilters Filters,
    int Page,
    int PageSize,
    bool HasMore,
    int Total,
    int Transcripts,
    IReadOnlyList<ApiSearchGroup> Groups,
    SearchFacets Facets,
    string? Suggestion,
    IReadOnlyList<string> Notes);
