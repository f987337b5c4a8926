using Archive.Web.Data;
using Archive.Web.Discovery;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary><c>/help/api</c>: the API help's Markdown (the content folder's, or the site's own), its examples filled in with this archive's address and ids.</summary>
public sealed class HelpApiModel(MarkdownPages pages, ArchiveData data) : PageModel
{
    public RenderedPage Rendered { get; private set; } = null!;
    public string Html { get; private set; } = "";

    public void OnGet()
    {
        Rendered = pages.Find("help/api") ?? throw new InvalidOperationException("The built-in API help is missing from the build.");
        Html = ApiExamples.Fill(Rendered.Html, ApiExamples.Of(SiteUrls.Root(Request), data.Catalog));
    }
}
