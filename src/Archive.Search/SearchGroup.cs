namespace Archive.Search;

/// <summary>One transcript in the results, with its best one to three matching paragraphs.</summary>
public sealed record SearchGroup(string Id, string Url, string Title, string Date, string? Venue, IReadOnlyList<SearchHit> Hits);
