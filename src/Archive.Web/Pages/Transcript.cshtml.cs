using Archive.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public sealed class TranscriptModel(ArchiveData data) : PageModel
{
    public Records.Transcript Transcript { get; private set; } = null!;

    public IActionResult OnGet()
    {
        var summary = data.FindByUrl(Request.Path.Value ?? "");
        if (summary is null || data.Load(summary.Id) is not { } transcript)
        {
            return NotFound();
        }
        Transcript = transcript;
        return Page();
    }
}
