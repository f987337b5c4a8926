using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Archive.Records;
using Archive.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Net.Http.Headers;

namespace Archive.Web.Caching;

/// <summary>
/// An import never changes once published (architecture.md), so a page rendered once is right until
/// the next import or deploy. Rendered pages are kept in the output cache (bounded), keyed by the import
/// the request holds and dropped when a new one is switched in (<see cref="LiveArchive"/>); every
/// successful answer carries an ETag naming that import and this build, so a browser or proxy that asks
/// again with If-None-Match gets a bodyless 304, and a full page once the import has changed.
/// </summary>
public static class ImmutablePages
{
    /// <summary>
    /// Rendered pages held at most: about a thousand median transcript pages. Bounded for the web
    /// process's memory goal: a page pushed out is garbage in the old generation, a long one in the
    /// large object heap, so a crawl costs about twice the bound (docs/performance.md, "Web process").
    /// </summary>
    private const long CacheBytes = 8L * 1024 * 1024;

    /// <summary>
    /// Every query parameter a page of the site reads: the search's (<c>SearchParameters</c>), <c>p</c> and
    /// <c>q</c> on a transcript page, <c>page</c> on a venue's or speaker's list, <c>n</c> on a citation.
    /// A URL with any other parameter (<c>utm_source</c>, <c>fbclid</c>, a cache-buster) is answered as
    /// usual but neither looked up in nor stored in the output cache: each such URL would be an entry of
    /// its own, a copy of a page already held, pushing out pages in use (and a long page's copy is a
    /// large object, which only a full collection frees; docs/performance.md).
    /// </summary>
    internal static readonly FrozenSet<string> PageQueryKeys =
        new[] { "q", "p", "page", "from", "to", "venue", "speaker", "collection", "sort", "n" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IServiceCollection AddImmutablePages(this IServiceCollection services)
    {
        // Registered before AddOutputCache, which keeps a store already given.
        services.AddSingleton(new PageStore(CacheBytes));
        services.AddSingleton<IOutputCacheStore>(provider => provider.GetRequiredService<PageStore>());
        return services.AddCompressedPages().AddOutputCache(options =>
        {
            options.SizeLimit = CacheBytes;
            // The default policy: GET and HEAD, status 200, no cookies or Authorization, varied by the whole query string,
            // and by the one content coding the request is answered with (CompressedPages): the cache keeps compressed bytes.
            // Not static assets: they are files already, each in several encodings chosen by Accept-Encoding.
            options.AddBasePolicy(policy => policy.Expire(TimeSpan.FromHours(24)).SetVaryByHeader(HeaderNames.AcceptEncoding)
                .With(context => !IsStaticAsset(context.HttpContext) && OnlyPageQueryKeys(context.HttpContext.Request.Query))
                .AddPolicy<ImportCachePolicy>());
        });
    }

    /// <summary>Answers 304 to a request that already holds this import's page, then serves from the output cache.</summary>
    public static IApplicationBuilder UseImmutablePages(this IApplicationBuilder app)
    {
        var live = app.ApplicationServices.GetRequiredService<LiveArchive>();
        var store = app.ApplicationServices.GetRequiredService<IOutputCacheStore>();
        // The old import's pages could not be served again (their key names it); dropped now, they free their memory at once.
        live.Switched += (old, _) => store.EvictByTagAsync(ImportCachePolicy.TagOf(old), CancellationToken.None).AsTask().Wait();
        app.UseOneContentCoding();
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            // A page marked [OutputCache(NoStore = true)] changes without a new import (a citation's date accessed).
            var changing = context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is { NoStore: true };
            if (!changing && !IsStaticAsset(context) && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
            {
                var (etag, etagText) = ETagOf(context.RequestServices.GetRequiredService<ArchiveLease>().Snapshot.Manifest);
                var sent = request.GetTypedHeaders().IfNoneMatch;
                if (sent.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    context.Response.Headers.ETag = etagText;
                    return;
                }
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode == StatusCodes.Status200OK)
                    {
                        context.Response.Headers.ETag = etagText;
                    }
                    return Task.CompletedTask;
                });
            }
            await next(context);
        });
        app.UseOutputCache();
        // Inside the cache, so that what it stores is already compressed.
        app.UseResponseCompression();
        return app;
    }

    /// <summary>The stylesheet and script (MapStaticAssets), which carry their own ETags and caching headers.</summary>
    private static bool IsStaticAsset(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

    private static bool OnlyPageQueryKeys(IQueryCollection query)
    {
        foreach (var key in query.Keys)
        {
            if (!PageQueryKeys.Contains(key))
            {
                return false;
            }
        }
        return true;
    }

    private sealed record ImportTag(Manifest Manifest, EntityTagHeaderValue Tag, string Text);

    /// <summary>The last import's tag: a reference, so that requests on other threads read it whole.</summary>
    private static ImportTag? _lastTag;

    /// <summary>The import's ETag, computed once per import (a hash per request would cost more than the 304 saves).</summary>
    private static (EntityTagHeaderValue Tag, string Text) ETagOf(Manifest manifest)
    {
        var last = _lastTag;
        if (last is null || !ReferenceEquals(last.Manifest, manifest))
        {
            // Weak: the one tag names the page in each of its content codings, equal in meaning, not in bytes.
            var tag = new EntityTagHeaderValue(Tag(manifest), isWeak: true);
            last = _lastTag = new ImportTag(manifest, tag, tag.ToString());
        }
        return (last.Tag, last.Text);
    }

    /// <summary>A hash of when the data was imported and which build of the site renders it.</summary>
    private static string Tag(Manifest manifest)
    {
        var build = typeof(ImmutablePages).Assembly.ManifestModule.ModuleVersionId;
        var stamp = string.Create(CultureInfo.InvariantCulture, $"{manifest.BuiltAt:O}|{manifest.ImporterVersion}|{build}");
        return "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(stamp)).AsSpan(0, 12)) + "\"";
    }
}
