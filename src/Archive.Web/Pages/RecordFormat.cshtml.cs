using Archive.Web.Downloads;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary><c>/downloads/record-format</c>: docs/record-format.md, built into the site, so the downloads are described where they are.</summary>
public sealed class RecordFormatModel : PageModel
{
    public Data.RenderedPage Rendered => RecordFormatDocument.Page;
}
