namespace Archive.Web.Data;

/// <summary>A year, month or day and how many transcripts fall in it.</summary>
public sealed record PeriodCount(int Key, int Count);
