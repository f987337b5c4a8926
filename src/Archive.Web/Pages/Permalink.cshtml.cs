using Archive.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>
/// <c>/d/{shortId}</c> and <c>/d/{shortId}/{n}</c>: permanent short links. They redirect (301: a short
/// link always means the same transcript; if its title is corrected, the old URL redirects again) to the transcript, and to <c>?p={n}#p{n}</c> for a
/// paragraph: the fragment scrolls to it, the query lets a shared link preview its quotation. A
/// number that a correction removed or merged still redirects: the page carries its anchor.
/// </summary>
public sealed class PermalinkModel(ArchiveData data) : PageModel
{
    public IActionResult OnGet(string shortId, int? n)
    {
        if (data.FindByShortId(shortId) is not { } summary)
        {
            return NotFound();
        }
        if (n is not { } k)
        {
            return RedirectPermanent(summary.Url);
        }
        if (data.Load(summary.Id) is not { } t
            || !(t.Paragraphs.Any(p => p.N == k || (p.Aliases?.Contains(k) ?? false)) || (t.RemovedParagraphs?.Contains(k) ?? false)))
        {
            return NotFound();
        }
        return RedirectPermanent($"{summary.Url}?p={k}#p{k}");
    }
}
