using Microsoft.AspNetCore.StaticAssets;

namespace Archive.Web.Addressing;

/// <summary>
/// Every page has one address, lower-case, without a trailing slash, with two-digit months and days
/// (architecture.md, "Addresses"). What people type or paste from elsewhere — <c>/2019/6/20/…</c>,
/// <c>/Speakers/Vladimir-Putin</c>, <c>/years/</c> — answers 301 to that address (query kept), so it
/// works and search engines keep one copy. Routing alone would 404 the first two and serve the third
/// as a duplicate.
/// </summary>
public static class CanonicalAddresses
{
    /// <summary>Runs after routing, so that files served as written (the fingerprinted stylesheet) are left alone.</summary>
    public static IApplicationBuilder UseCanonicalAddresses(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is null
                && CanonicalPath.Of(request.Path.Value ?? "/") is { } canonical)
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                // Encoded again: the path was decoded, and a Location header must be ASCII.
                context.Response.Headers.Location = new PathString(canonical).ToUriComponent() + request.QueryString;
                return;
            }
            await next(context);
        });
}
