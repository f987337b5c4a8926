using Archive.Web.Data;

namespace Archive.Web.Pages;

/// <summary>One month drawn as a calendar; <see cref="Days"/> are the days with transcripts and their counts.</summary>
public sealed record MonthCalendar(int Year, int Month, IReadOnlyList<PeriodCount> Days, bool LinkCaption);
