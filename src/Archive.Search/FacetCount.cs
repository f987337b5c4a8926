namespace Archive.Search;

/// <summary>How many matching paragraphs have this value (a year, a venue, a speaker).</summary>
public sealed record FacetCount(string Value, int Count);
