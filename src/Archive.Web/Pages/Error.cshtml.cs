using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>The page behind every error status: 404s, 400s and, should one happen, a 500.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public IActionResult OnGet(int code)
    {
        // Reached directly (/error/404) rather than re-executed, the page still answers with its code.
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        (Heading, Explanation) = status switch
        {
            404 => ("Page not found", "There is no page at this address. If you followed a link to a transcript, it may have been mistyped."),
            400 => ("Bad request", "The address or search could not be understood."),
            503 => ("Search is unavailable", Data.SearchUnavailable.Message),
            _ => ("Something went wrong", "The archive could not answer this request. Please try again later."),
        };
        return Page();
    }

    public IActionResult OnPost(int code) => OnGet(code);
}
