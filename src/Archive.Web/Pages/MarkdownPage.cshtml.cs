using Archive.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>Pages written in Markdown under content/pages: <c>/about</c>, <c>/help/...</c>.</summary>
public sealed class MarkdownPageModel(MarkdownPages pages) : PageModel
{
    public RenderedPage Rendered { get; private set; } = null!;

    public IActionResult OnGet(string name, string? rest)
    {
        var path = string.IsNullOrEmpty(rest) ? name : $"{name}/{rest.TrimEnd('/')}";
        if (pages.Find(path) is not { } page)
        {
            return NotFound();
        }
        Rendered = page;
        return Page();
    }
}
