namespace Archive.Web.Api;

/// <summary>One transcript in the results with its best one to three paragraphs.</summary>
public sealed record ApiSearchGroup(string Id, string Url, string Title, string Date, string? Venue, IReadOnlyList<ApiSearchHit> Hits);
