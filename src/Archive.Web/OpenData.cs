using Archive.Web.Downloads;
using Archive.Web.Export;

namespace Archive.Web;

/// <summary>The archive as data: the whole of it (<c>/downloads</c>) and any search's paragraphs (<c>/search/export</c>).</summary>
public static class OpenData
{
    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder app) =>
        app.MapDownloads().MapSearchExport();
}
