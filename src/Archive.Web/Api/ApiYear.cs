using Archive.Web.Data;

namespace Archive.Web.Api;

/// <summary>A year with its count and its months' counts (months without transcripts left out).</summary>
public sealed record ApiYear(int Year, int Count, IReadOnlyList<PeriodCount> Months);
