using Archive.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public sealed class SearchModel(TranscriptSearcher searcher) : PageModel
{
    public const int PageSize = 20;

    public string Query { get; private set; } = "";
    public int PageNumber { get; private set; } = 1;
    public SearchResults? Results { get; private set; }
    public bool HasNext => Results is { HasMore: true };

    public IActionResult OnGet([FromQuery] string? q, [FromQuery] int page = 1)
    {
        Query = q?.Trim() ?? "";
        PageNumber = Math.Max(page, 1);
        if (Query.Length == 0)
        {
            return Page();
        }
        Results = searcher.Search(new SearchRequest(Query, PageNumber, PageSize));
        if (Results.Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
