using Archive.Records;
using Archive.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public sealed class MonthModel(ArchiveData data) : PageModel
{
    public int Year { get; private set; }
    public int Month { get; private set; }
    public IReadOnlyList<TranscriptSummary> Transcripts { get; private set; } = [];
    public MonthCalendar Calendar { get; private set; } = null!;
    public PeriodLink? Previous { get; private set; }
    public PeriodLink? Next { get; private set; }

    public IActionResult OnGet(int year, int month)
    {
        Year = year;
        Month = month;
        Transcripts = [.. data.InMonth(year, month)];
        if (Transcripts.Count == 0)
        {
            return NotFound();
        }
        Calendar = new MonthCalendar(year, month, data.Dates.DaysOf(year, month), LinkCaption: false);
        var first = new DateOnly(year, month, 1);
        Previous = data.Dates.DayBefore(first) is { } p ? Link(p) : null;
        Next = data.Dates.DayAfter(first.AddMonths(1).AddDays(-1)) is { } n ? Link(n) : null;
        return Page();
    }

    private static PeriodLink Link(DateOnly d) => new($"/{d.Year}/{d.Month:00}", Dates.MonthYear(d.Year, d.Month));
}
