using Archive.Web.Data;
using Archive.Web.Discovery;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary><c>/about</c>: the about page's Markdown (the content folder's, or the site's own), then every collection with its publisher and licence.</summary>
public sealed class AboutModel(MarkdownPages pages, ArchiveData data) : PageModel
{
    public RenderedPage Rendered { get; private set; } = null!;
    public IReadOnlyList<CollectionCredit> Collections { get; private set; } = [];

    public void OnGet()
    {
        Rendered = pages.Find("about") ?? throw new InvalidOperationException("The built-in about page is missing from the build.");
        Collections = CollectionCredits.Of(data);
    }
}
