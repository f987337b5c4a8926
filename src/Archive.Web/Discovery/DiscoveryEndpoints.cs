using Archive.Web.Api.OpenApi;
using Archive.Web.Data;
using Archive.Web.Discovery.Sitemaps;
using Archive.Web.Feeds;
using Archive.Web.Pages;

namespace Archive.Web.Discovery;

/// <summary>
/// What lets programs find and use the archive: feeds, <c>/robots.txt</c>, the sitemaps, the OpenSearch
/// description, the OpenAPI document and cross-origin reads of the API (issue 14).
/// </summary>
public static class DiscoveryEndpoints
{
    public static IServiceCollection AddDiscovery(this IServiceCollection services) =>
        services.AddApiCors().AddApiDocument();

    /// <summary>Call after <c>UseRouting</c> and before the output cache, whose cached answers then get CORS headers too.</summary>
    public static WebApplication UseDiscovery(this WebApplication app)
    {
        app.UseApiCors();
        app.MapFeeds();
        app.MapOpenApi(ApiDocument.Path.Replace("v1", "{documentName}", StringComparison.Ordinal));

        app.MapGet("/robots.txt", (HttpRequest request) => TypedResults.Text(RobotsTxt.For(request), "text/plain; charset=utf-8"))
            .ExcludeFromDescription();
        app.MapGet(OpenSearchDescription.Path, (HttpRequest request) => TypedResults.Bytes(OpenSearchDescription.For(request), OpenSearchDescription.ContentType))
            .ExcludeFromDescription();

        // Written as they go rather than kept: a sitemap file is megabytes, the output cache 8 MB in all.
        app.MapGet(SitemapUrls.Index, (HttpContext context, ArchiveData data) =>
        {
            context.Response.ContentType = SitemapWriter.ContentType;
            return SitemapWriter.WriteIndex(context.Response.Body, SiteUrls.Root(context.Request), SitemapPlan.Of(data).Files, data.Manifest.BuiltAt);
        }).ExcludeFromDescription().CacheOutput(p => p.NoCache());
        app.MapGet("/sitemaps/{file}", async (HttpContext context, ArchiveData data) =>
        {
            if (SitemapPlan.Of(data).Find(context.Request.Path.Value ?? "") is not { } file)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            context.Response.ContentType = SitemapWriter.ContentType;
            await SitemapWriter.WriteFile(context.Response.Body, SiteUrls.Root(context.Request), file, data.Manifest.BuiltAt).ConfigureAwait(false);
        }).ExcludeFromDescription().CacheOutput(p => p.NoCache());
        return app;
    }
}
