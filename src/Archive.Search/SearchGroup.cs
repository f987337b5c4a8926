namespace Archive.Search;

/// <summary>One transcript in the results, with its best one to three matching paragraphs and the id of its collection.</summary>
public sealed record SearchGroup(string Id, string Url, string Title, string Date, string? Venue, IReadOnlyList<SearchHit> Hits, string Collection = Archive.Records.CollectionInfo.LocalId);
