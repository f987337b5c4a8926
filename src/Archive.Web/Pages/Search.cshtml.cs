using System.Globalization;
using Archive.Search;
using Archive.Web.Api;
using Archive.Web.Data;
using Archive.Web.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public sealed class SearchModel(TranscriptSearcher searcher) : PageModel
{
    public SearchParameters Parameters { get; private set; } = new("");
    public SearchResults? Results { get; private set; }

    /// <summary>
    /// The collections, for their names beside the results and in the form; null in an archive of
    /// one collection. Only then is the catalog needed: a search waits for it no longer than it must
    /// (ArchiveLoading reads the index first).
    /// </summary>
    public CollectionIndex? Collections { get; private set; }

    /// <summary>A collection's name for people, from its id.</summary>
    public string CollectionName(string id) => Collections?.InfoOf(id).Name ?? id;

    /// <summary>Why the search could not run (a bad date, a query over the limits); the page then answers 400.</summary>
    public string? Problem { get; private set; }

    public string Query => Parameters.Query;
    public int PageNumber => Parameters.Page;

    public int PageCount => Results is null ? 0 : Math.Min(TranscriptSearcher.MaxPages, (Results.Transcripts + SearchParameters.PageSize - 1) / SearchParameters.PageSize);

    /// <summary>True on the last page that can be shown when more transcripts match than fit.</summary>
    public bool PagesCapped => Results is not null && PageNumber == TranscriptSearcher.MaxPages && Results.Transcripts > TranscriptSearcher.MaxPages * SearchParameters.PageSize;

    public IActionResult OnGet()
    {
        if (Request.Query.ContainsKey("format"))
        {
            // An export asked for on the page's own address goes to the export's, which reads the format.
            return RedirectPermanent(SearchExportEndpoint.Path + Request.QueryString);
        }
        Parameters = SearchParameters.Read(Request.Query, out var error);
        if (searcher.Collections.Count > 1 || Parameters.Collection is not null)
        {
            Collections = HttpContext.RequestServices.GetRequiredService<ArchiveData>().Collections;
        }
        if (error is null && Query.Length > 0)
        {
            Results = searcher.Search(Parameters.ToRequest());
            error = Results.Problem;
        }
        if (error is not null)
        {
            Problem = error;
            Results = null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    /// <summary>The transcript with the search kept, so its page marks the matches in place.</summary>
    public string TranscriptLink(SearchGroup group) => $"{group.Url}?q={Uri.EscapeDataString(Query)}";

    /// <summary>A passage across a break: the transcript at its first paragraph, with the search marked across both.</summary>
    public string PassageLink(SearchGroup group, SearchHit hit) => $"{TranscriptLink(group)}#{hit.Anchor}";

    public string YearLink(string year) => int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        ? (Parameters with { From = new DateOnly(y, 1, 1), To = new DateOnly(y, 12, 31) }).Link()
        : Parameters.Link();
}
