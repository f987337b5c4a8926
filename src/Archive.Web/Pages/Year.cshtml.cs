using Archive.Records;
using Archive.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public sealed class YearModel(ArchiveData data) : PageModel
{
    public int Year { get; private set; }
    public IReadOnlyList<TranscriptSummary> Transcripts { get; private set; } = [];
    public IEnumerable<PeriodCount> Months => Transcripts
        .GroupBy(t => t.Date.Month).Select(g => new PeriodCount(g.Key, g.Count())).OrderBy(m => m.Key);

    public IActionResult OnGet(int year)
    {
        Year = year;
        Transcripts = [.. data.InYear(year)];
        return Transcripts.Count == 0 ? NotFound() : Page();
    }
}
