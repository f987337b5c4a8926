namespace Archive.Bench.Fts5Web;

/// <summary>One transcript in the comparator's results with its best one to three paragraphs.</summary>
public sealed record Fts5Group(string Id, string Url, string Title, string Date, string? Venue, IReadOnlyList<Fts5Hit> Hits);
