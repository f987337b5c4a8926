using Archive.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public sealed class SpeakersModel(ArchiveData data) : PageModel
{
    public IReadOnlyList<Facet> Speakers => data.Speakers.All;
}
