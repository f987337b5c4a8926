namespace Archive.Web.Api;

/// <summary>One transcript in the results with its best one to three paragraphs and the id of its collection.</summary>
public sealed record ApiSearchGroup(string Id, string Url, string Title, string Date, string? Venue, string Collection, IReadOnlyList<ApiSearchHit> Hits);
