using System.Globalization;
using Archive.Records;
using Archive.Web.Data;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>One venue, speaker or collection and its transcripts, newest first, a page at a time.</summary>
public abstract class FacetPageModel(Func<string, Facet?> find) : PageModel
{
    protected FacetPageModel(FacetIndex index) : this(index.Find)
    {
    }

    public const int PageSize = 100;

    public Facet Facet { get; private set; } = null!;
    public int PageNumber { get; private set; } = 1;
    public IEnumerable<TranscriptSummary> Transcripts => Facet.Transcripts.Skip((PageNumber - 1) * PageSize).Take(PageSize);
    public bool HasNext => PageNumber * PageSize < Facet.Transcripts.Count;

    /// <summary>The list page's path, such as <c>/venues</c>.</summary>
    public abstract string ListPath { get; }
    public abstract string ListTitle { get; }

    /// <summary>A partial shown under the heading, before the list (a collection's publisher and licence), or null.</summary>
    public virtual string? IntroPartial => null;

    public IActionResult OnGet(string slug, [FromQuery(Name = "page")] string? page)
    {
        var number = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            RequestProblem.Set(HttpContext, $"The page '{page}' is not a page number: pages are numbered from 1.");
            return BadRequest();
        }
        if (find(slug) is not { } facet)
        {
            return NotFound();
        }
        Facet = facet;
        PageNumber = number;
        if (number > 1 && (number - 1) * PageSize >= facet.Transcripts.Count)
        {
            return NotFound();
        }
        return Page();
    }
}
