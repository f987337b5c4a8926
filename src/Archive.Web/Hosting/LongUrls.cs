namespace Archive.Web.Hosting;

/// <summary>
/// An address longer than any the site makes is answered 414 with a page that says so, before any
/// work: no page reads such a path or query, and each would otherwise be looked up, logged and rendered.
/// (Kestrel itself refuses a request line over 8 KB, with a bare 414.)
/// </summary>
public static class LongUrls
{
    public const int MaxPathLength = 2_000;
    public const int MaxQueryLength = 2_000;

    public static IApplicationBuilder UseLongUrlRefusal(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        if ((request.Path.Value?.Length ?? 0) > MaxPathLength || QueryLength(request.QueryString) > MaxQueryLength)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return Task.CompletedTask;
        }
        return next(context);
    });

    /// <summary>
    /// Characters of the query as written, not as sent: a Cyrillic quotation takes six characters a letter
    /// percent-encoded, and a search of 400 letters must not be refused as an over-long address.
    /// </summary>
    private static int QueryLength(QueryString query) =>
        query.Value is not { } raw ? 0 : raw.Length <= MaxQueryLength ? raw.Length : Uri.UnescapeDataString(raw.Replace('+', ' ')).Length;
}
