using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Records;
using Archive.Search;
using Archive.Web.Api;
using Archive.Web.Data;
using Archive.Web.Pages;

namespace Archive.Web.Export;

/// <summary>
/// <c>/search/export?…&amp;format=csv|jsonl</c>: every paragraph a search matches, up to <see cref="Limit"/>,
/// as CSV (RFC 4180, UTF-8) or JSON Lines, in the search's order. Streamed: each row is written as its
/// paragraph is read from the index. The limit is stated in the response's headers and in the file's last
/// row, which every export has (docs/search.md, "Export").
/// </summary>
public static class SearchExportEndpoint
{
    /// <summary>Paragraphs in one export at most; the whole archive is in /downloads.</summary>
    public const int Limit = 50_000;

    public const string Path = "/search/export";

    /// <summary>Rows written between flushes, so the client receives the file as it is made.</summary>
    private const int RowsPerFlush = 256;

    public static IEndpointRouteBuilder MapSearchExport(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], (HttpContext context, TranscriptSearcher searcher, ArchiveData data) =>
            WriteAsync(context, searcher, data))
            // The heaviest search there is: through the search limiter, like the page (docs/configuration.md).
            .RequireRateLimiting(Hosting.RateLimits.Search);
        return app;
    }

    /// <summary>A link to export the search <paramref name="parameters"/> names, in <paramref name="format"/>.</summary>
    public static string Link(SearchParameters parameters, string format) => parameters.Link(Path) + "&format=" + format;

    private static async Task WriteAsync(HttpContext context, TranscriptSearcher searcher, ArchiveData data)
    {
        var request = context.Request;
        var response = context.Response;
        var parameters = SearchParameters.Read(request.Query, out var error);
        var format = request.Query["format"].ToString();
        if (error is null && format is not ("csv" or "jsonl"))
        {
            error = format.Length == 0 ? "Say which format to export: format=csv or format=jsonl." : $"The format '{format}' is not one of csv or jsonl.";
        }
        if (error is null && parameters.Query.Length == 0)
        {
            error = "Give the words to search for as q.";
        }
        var export = error is null ? searcher.Export(parameters.ToRequest(), Limit) : null;
        if ((error ?? export?.Problem) is { } problem)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(problem + "\n", context.RequestAborted);
            return;
        }
        var csv = format == "csv";
        response.ContentType = csv ? "text/csv; charset=utf-8; header=present" : "application/x-ndjson; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(parameters.Query)}.{format}\"";
        // The counts are known before the first row: a client can decide before reading the body.
        response.Headers["X-Total-Count"] = export!.Total.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Export-Count"] = export.Count.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Export-Limit"] = Limit.ToString(CultureInfo.InvariantCulture);
        if (HttpMethods.IsHead(request.Method))
        {
            return;
        }

        var site = SiteUrls.Root(request);
        var sources = new SourceUrls(data);
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), 1 << 16);
        if (csv)
        {
            await writer.WriteAsync(CsvField.Row(ExportRow.Columns));
        }
        var rows = 0;
        foreach (var p in export.Paragraphs)
        {
            var shortId = data.FindById(p.Id)?.ShortId;
            var permalink = site + (shortId is null ? $"{p.Url}#{Paragraph.AnchorFor(p.N)}" : SiteUrls.Short(shortId, p.N));
            var row = new ExportRow(p.Id, p.Date, p.Title, p.Venue, p.Speaker, p.N, permalink, sources.Of(p.Id), p.Text);
            await writer.WriteAsync(csv ? CsvField.Row(row.Fields()) : JsonSerializer.Serialize(row, RecordJson.LineOptions) + "\n");
            if (++rows % RowsPerFlush == 0)
            {
                await writer.FlushAsync(context.RequestAborted);
            }
        }
        var end = End(export, parameters);
        await writer.WriteAsync(csv
            ? CsvField.Row(["", "", "", "", "", "", "", "", end.Note])
            : JsonSerializer.Serialize(new ExportEndLine(end), RecordJson.LineOptions) + "\n");
    }

    private static ExportEnd End(SearchExport export, SearchParameters parameters)
    {
        var matching = export.Total.ToString("N0", CultureInfo.InvariantCulture);
        var limit = Limit.ToString("N0", CultureInfo.InvariantCulture);
        var exported = export.Count.ToString("N0", CultureInfo.InvariantCulture);
        var complete = export.Complete && export.Count == export.Total;
        var note = complete
            ? $"End of export: all {matching} paragraphs that match the search \"{parameters.Query}\" (exports hold at most {limit})."
            : export.Count < export.Total && export.Complete
                ? $"End of export: the first {exported} of {matching} paragraphs that match the search \"{parameters.Query}\"; exports hold at most {limit}. Narrow the search (dates, venue, speaker) to export the rest, or download the whole archive from /downloads."
                : $"End of export: {exported} paragraphs; incomplete. {string.Join(' ', export.Notes)}";
        return new ExportEnd(export.Total, export.Count, Limit, complete, note);
    }

    /// <summary><c>search-foreign-policy</c>: the query's letters and digits, lower-case, for the saved file's name.</summary>
    internal static string FileName(string query)
    {
        var slug = TranscriptIds.Slug(query);
        return "search" + (slug.Length == 0 ? "" : "-" + (slug.Length > 60 ? slug[..60].TrimEnd('-') : slug));
    }
}
