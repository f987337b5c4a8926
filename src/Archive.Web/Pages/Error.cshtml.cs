using System.Globalization;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>
/// The page behind every error status (404, 400, 405, 414, 429, 500). It is reached only by re-execution
/// (ErrorResponses): asked for directly, <c>/error/599</c> is a page like any other that does not exist.
/// It answers whatever the method, since a refused PUT or TRACE is re-executed as itself.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status => int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 400 and <= 599
        ? code
        : StatusCodes.Status404NotFound;

    public string Heading => StatusText.For(Status).Heading;

    /// <summary>What the request itself got wrong, when its handler said (<see cref="RequestProblem"/>), otherwise the status's usual sentence.</summary>
    public string Explanation => RequestProblem.Of(HttpContext) ?? StatusText.For(Status).Explanation;

    public IActionResult OnGet() => Shown();

    public IActionResult OnPost() => Shown();

    /// <summary>Without a handler of its own, an OPTIONS request would be answered 200 with an empty body.</summary>
    public IActionResult OnOptions() => Shown();

    private IActionResult Shown()
    {
        if (!ErrorResponses.IsReExecution(HttpContext))
        {
            return NotFound();
        }
        Response.StatusCode = Status;
        return Page();
    }
}
