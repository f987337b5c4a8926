using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Archive.Web.Hosting;

/// <summary>
/// The 429 answers of <see cref="RateLimits"/>: a page for people, problem+json under <c>/api</c>, each made
/// once at start. Past capacity the site answers thousands of these a second, and every microsecond one
/// costs is taken from the pages the cache answers (docs/performance.md, "Overload"): a refusal copies
/// bytes and serialises nothing.
/// </summary>
public static class Refusals
{
    internal const string BusyMessage = "The archive is answering as many searches as it can just now. Please try again in a few seconds.";
    internal const string ClientMessage = "This address has sent more requests than the archive answers from one client. Please wait a moment and try again.";

    private static readonly byte[] BusyPage = Page(BusyMessage);
    private static readonly byte[] ClientPage = Page(ClientMessage);
    private static readonly byte[] BusyProblem = Problem(BusyMessage);
    private static readonly byte[] ClientProblem = Problem(ClientMessage);

    /// <summary>Writes the refusal: <paramref name="perClient"/> for the client's own limit, else the search limiter's.</summary>
    public static Task Write(HttpContext context, bool perClient, int retryAfterSeconds, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        var api = ErrorResponses.IsApi(context.Request);
        response.ContentType = api ? "application/problem+json" : "text/html; charset=utf-8";
        var body = (api, perClient) switch
        {
            (true, true) => ClientProblem,
            (true, false) => BusyProblem,
            (false, true) => ClientPage,
            (false, false) => BusyPage,
        };
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, cancellationToken).AsTask();
    }

    /// <summary>The fields <see cref="ErrorResponses.WriteProblem"/> gives every other API error.</summary>
    private static byte[] Problem(string message)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "https://tools.ietf.org/html/rfc6585#section-4");
            json.WriteString("title", ReasonPhrases.GetReasonPhrase(StatusCodes.Status429TooManyRequests));
            json.WriteNumber("status", StatusCodes.Status429TooManyRequests);
            json.WriteString("detail", message);
            json.WriteString("error", message);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static byte[] Page(string message) => Encoding.UTF8.GetBytes($"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Too many requests · Speech Archive</title></head>
        <body>
        <h1>Too many requests</h1>
        <p>{message}</p>
        <p><a href="/">Go to the latest transcripts</a> or <a href="/years">browse by date</a>: pages you have seen are answered at once.</p>
        </body>
        </html>

        """);
}
