using Archive.Records;

namespace Archive.Web.Api;

/// <summary>The transcripts of one year, month or day, newest first.</summary>
public sealed record ApiPeriod(DateOnly From, DateOnly To, int Count, IReadOnlyList<TranscriptSummary> Transcripts);
