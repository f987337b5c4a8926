using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace Archive.Web.Caching;

/// <summary>
/// Pages, JSON, feeds, sitemaps and exports sent compressed (Brotli, else gzip) by the framework's
/// ResponseCompression, placed inside the output cache (<see cref="ImmutablePages"/>) so that the cache
/// keeps the compressed bytes: a page served from it costs no compression. Each request's
/// Accept-Encoding is first reduced to the one coding the site will answer with (<c>br</c>, <c>gzip</c>
/// or none), and the cache varies by that, so a page is held at most three ways however browsers word
/// the header. Compressing at Brotli's quality 5 costs once per page kept (docs/performance.md,
/// "Compression"). The site sets no cookies and echoes no secret, so compression over TLS gives BREACH
/// nothing to find.
/// </summary>
public static class CompressedPages
{
    /// <summary>Media types worth compressing: text. Files already compressed (gzip downloads, images) are not.</summary>
    internal static readonly string[] MediaTypes =
    [
        .. ResponseCompressionDefaults.MimeTypes,
        "application/problem+json",
        "application/atom+xml",
        "application/rss+xml",
        "application/opensearchdescription+xml",
        "application/schema+json",
        "application/x-ndjson",
        "text/csv",
        "image/svg+xml",
    ];

    public static IServiceCollection AddCompressedPages(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliAtQuality>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = MediaTypes;
        });
        // The default is Fastest; cached pages are compressed once, so the smaller output wins. Gzip's SmallestSize
        // (level 9) saves little more for much more time (docs/performance.md, "Compression").
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Before the output cache: Accept-Encoding reduced to the one coding to answer with (see the class).</summary>
    public static IApplicationBuilder UseOneContentCoding(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Request.Headers;
            var coding = context.GetEndpoint()?.Metadata.GetMetadata<SentAsStored>() is null ? Choose(context.Request) : null;
            if (coding is null)
            {
                headers.Remove(HeaderNames.AcceptEncoding);
            }
            else
            {
                headers.AcceptEncoding = coding;
            }
            return next(context);
        });

    /// <summary><c>br</c> if the client takes it, else <c>gzip</c>, else null (identity); a coding with q=0 is refused.</summary>
    internal static string? Choose(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        double Quality(string coding)
        {
            var named = accepted.FirstOrDefault(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase));
            var any = accepted.FirstOrDefault(a => a.Value.Equals("*", StringComparison.Ordinal));
            var chosen = named ?? any;
            return chosen is null ? 0 : chosen.Quality ?? 1;
        }
        var br = Quality("br");
        var gzip = Quality("gzip");
        return br > 0 && br >= gzip ? "br" : gzip > 0 ? "gzip" : br > 0 ? "br" : null;
    }
}

/// <summary>Endpoint metadata: send the response as stored, never compressed (files with their own validators and ranges).</summary>
public sealed class SentAsStored;
