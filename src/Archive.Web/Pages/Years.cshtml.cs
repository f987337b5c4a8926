using Archive.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public sealed class YearsModel(ArchiveData data) : PageModel
{
    public ArchiveData Data => data;
}
