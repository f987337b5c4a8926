using Archive.Search;
using Archive.Search.Storage;
using Archive.Web.Api;

namespace Archive.Web.Data;

/// <summary>
/// A missing or damaged index costs search, not the site: a request that needed it (the index could
/// not be opened, or a search met a damaged file) answers 503 with a plain sentence, HTML or JSON,
/// never a 500; every page that needs no search serves as usual. <c>/healthz</c> reports it.
/// </summary>
public static partial class SearchUnavailable
{
    public const string Message = "Search is unavailable: the search index cannot be read. Every other page of the archive works; please try the search again later.";

    /// <summary>How long a client is asked to wait: a new import or a repaired index takes minutes.</summary>
    private const int RetryAfterSeconds = 300;

    public static IApplicationBuilder UseSearchUnavailable(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SearchUnavailable));
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (IndexFailure.IsIndexFailure(e) && !context.Response.HasStarted)
            {
                var lease = context.RequestServices.GetService<ArchiveLease>();
                if (e is not SearchIndexUnavailableException)
                {
                    lease?.Snapshot.ReportDamage(e);
                }
                Refused(log, context.Request.Path.Value ?? "", IndexFailure.Describe(e), e is SearchIndexUnavailableException ? null : e);
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    await context.Response.WriteAsJsonAsync(new ApiError(Message));
                }
                // An HTML request leaves the body empty: the status code pages render /error/503 in the site's layout.
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Search unavailable for {Path}: {Reason}")]
    private static partial void Refused(ILogger log, string path, string reason, Exception? e);
}
