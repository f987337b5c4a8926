namespace Archive.Web.Api;

public sealed record ApiSearchResults(int Total, IReadOnlyList<ApiSearchHit> Hits);
