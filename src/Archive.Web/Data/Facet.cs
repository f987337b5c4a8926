using Archive.Records;

namespace Archive.Web.Data;

/// <summary>A venue or a speaker: its URL slug, the name to show, and its transcripts newest first.</summary>
public sealed record Facet(string Slug, string Name, IReadOnlyList<TranscriptSummary> Transcripts);
