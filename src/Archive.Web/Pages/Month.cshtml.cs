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

    public IActionResult OnGet(int year, int month)
    {
        Year = year;
        Month = month;
        Transcripts = [.. data.InMonth(year, month)];
        return Transcripts.Count == 0 ? NotFound() : Page();
    }
}
