using System.Globalization;
using Archive.Web.Data;
using Archive.Web.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary><c>/downloads</c>: the whole archive as files, with sizes, sums and how to fetch and check them.</summary>
public sealed class DownloadsModel(ArchiveData data) : PageModel
{
    /// <summary>Null when the import being served was made before the importer wrote downloads.</summary>
    public DownloadsFolder? Folder { get; private set; }

    /// <summary>This site's address, for the commands shown.</summary>
    public string Site { get; private set; } = "";

    public IActionResult OnGet()
    {
        Folder = DownloadsFolder.Of(data);
        Site = SiteUrls.Root(Request);
        if (Folder is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }

    /// <summary>Bytes as people read them: 812 bytes, 4.2 MB.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:N1} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):N1} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):N2} GB"),
    };
}
