using Archive.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public sealed class CollectionsModel(ArchiveData data) : PageModel
{
    public IReadOnlyList<Collection> Collections => data.Collections.All;
}
