using Archive.Records;
using Archive.Web.Citations;
using Archive.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Archive.Web.Pages;

/// <summary>
/// <c>/cite/{shortId}</c> and <c>/cite/{shortId}/{n}</c>: Chicago, APA and BibTeX citations of a
/// transcript or paragraph. The date accessed is the date of this request, so the page is never
/// cached, by the browser or by the site's output cache (a cached copy would print a stale date).
/// A section break or a cut is no one's words: its number leads to the transcript, not to a citation of "* * *".
/// </summary>
[OutputCache(NoStore = true)]
public sealed class CiteModel(ArchiveData data, TimeProvider clock) : PageModel
{
    public Records.Transcript Transcript { get; private set; } = null!;
    public Paragraph? Paragraph { get; private set; }
    /// <summary>Set when the number was removed by a correction: the transcript is cited instead.</summary>
    public int? Removed { get; private set; }
    public CitedWork Work { get; private set; } = null!;
    public CollectionInfo Collection { get; private set; } = null!;
    public ShareCard Card { get; private set; } = null!;

    public IActionResult OnGet(string shortId, int? n)
    {
        if (data.FindByShortId(shortId) is not { } summary || data.Load(summary.Id) is not { } t)
        {
            return NotFound();
        }
        Transcript = t;
        if (n is { } k)
        {
            Paragraph = t.Paragraphs.FirstOrDefault(p => p.N == k);
            if (Paragraph is null)
            {
                if (t.Paragraphs.FirstOrDefault(p => p.Aliases?.Contains(k) ?? false) is { } merged)
                {
                    return RedirectPermanent(SiteUrls.Cite(shortId, merged.N));
                }
                if (!(t.RemovedParagraphs?.Contains(k) ?? false))
                {
                    return NotFound();
                }
                Removed = k;
            }
            else if (Paragraph.Kind != ParagraphKind.Text)
            {
                return Redirect($"{t.Url}#{Paragraph.Anchor}");
            }
        }
        Response.Headers.CacheControl = "no-store";
        var permalink = SiteUrls.Absolute(Request, SiteUrls.Short(shortId, Paragraph?.N));
        Collection = data.Collections.InfoOf(t.Collection);
        Work = CitedWork.Of(t, Paragraph, Collection, permalink, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Card = Paragraph is { } para
            ? new ShareCard($"{t.Title}, paragraph {para.N}", (para.Speaker is null ? "" : para.Speaker + ": ") + para.Text, permalink)
            : new ShareCard(t.Title, t.Summary ?? t.Title, permalink);
        return Page();
    }
}
