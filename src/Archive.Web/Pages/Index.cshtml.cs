using Archive.Records;
using Archive.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public sealed class IndexModel(ArchiveData data) : PageModel
{
    public ArchiveData Data => data;
    public IEnumerable<TranscriptSummary> Latest => data.Catalog.Take(20);
}
