using Archive.Records;
using Archive.Web.Data;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public sealed class DayModel(ArchiveData data) : PageModel
{
    public DateOnly Day { get; private set; }
    public IReadOnlyList<TranscriptSummary> Transcripts { get; private set; } = [];
    public PeriodLink? Previous { get; private set; }
    public PeriodLink? Next { get; private set; }

    public IActionResult OnGet(int year, int month, int day)
    {
        if (day > DateTime.DaysInMonth(year, month))
        {
            RequestProblem.Set(HttpContext, $"There is no such date: {Dates.MonthYear(year, month)} has {DateTime.DaysInMonth(year, month)} days.");
            return BadRequest();
        }
        Day = new DateOnly(year, month, day);
        Transcripts = [.. data.Dates.Between(Day, Day)];
        if (Transcripts.Count == 0)
        {
            return NotFound();
        }
        Previous = data.Dates.DayBefore(Day) is { } p ? Link(p) : null;
        Next = data.Dates.DayAfter(Day) is { } n ? Link(n) : null;
        return Page();
    }

    private static PeriodLink Link(DateOnly d) => new($"/{d.Year}/{d.Month:00}/{d.Day:00}", Dates.Long(d));
}
