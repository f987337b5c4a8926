using Archive.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public sealed class YearsModel(ArchiveData data) : PageModel
{
    public ArchiveData Data => data;

    /// <summary>Transcripts per month of one year, January first; 0 where there are none.</summary>
    public int[] MonthCounts(int year)
    {
        var counts = new int[12];
        foreach (var m in data.Dates.MonthsOf(year))
        {
            counts[m.Key - 1] = m.Count;
        }
        return counts;
    }
}
