using Archive.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public sealed class VenuesModel(ArchiveData data) : PageModel
{
    public IReadOnlyList<Facet> Venues => data.Venues.All;
}
