using Archive.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public sealed class YearModel(ArchiveData data) : PageModel
{
    public int Year { get; private set; }
    public int Count { get; private set; }
    public IReadOnlyList<PeriodCount> Months { get; private set; } = [];
    public IEnumerable<MonthCalendar> Calendars =>
        Enumerable.Range(1, 12).Select(m => new MonthCalendar(Year, m, data.Dates.DaysOf(Year, m), LinkCaption: true));
    public PeriodLink? Previous { get; private set; }
    public PeriodLink? Next { get; private set; }

    public IActionResult OnGet(int year)
    {
        Year = year;
        Count = data.Dates.Count(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        if (Count == 0)
        {
            return NotFound();
        }
        Months = data.Dates.MonthsOf(year);
        // Years is newest first: the previous year with transcripts is the first older one.
        Previous = data.Years.FirstOrDefault(y => y.Key < year) is { } p ? new PeriodLink($"/{p.Key}", p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
        Next = data.Years.LastOrDefault(y => y.Key > year) is { } n ? new PeriodLink($"/{n.Key}", n.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
        return Page();
    }
}
