using Archive.Records;
using Archive.Search;
using Archive.Web.Data;

namespace Archive.Web.Api;

/// <summary>The JSON twins of the HTML pages, under <c>/api</c>.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/transcripts", (ArchiveData data) =>
            TypedResults.Json(data.Catalog, RecordJson.Options));

        api.MapGet("/transcripts/{id}", IResult (string id, ArchiveData data) =>
            data.FindById(id) is null
                ? TypedResults.NotFound(new ApiError($"There is no transcript with the id '{id}'."))
                : TypedResults.PhysicalFile(data.RecordPath(id), "application/json; charset=utf-8"));

        api.MapGet("/search", IResult (string? q, int? page, TranscriptSearcher searcher) =>
        {
            var query = q?.Trim() ?? "";
            if (query.Length == 0)
            {
                return TypedResults.BadRequest(new ApiError("Give the words to search for as q."));
            }
            var results = searcher.Search(new SearchRequest(query, page ?? 1));
            if (results.Problem is { } problem)
            {
                return TypedResults.BadRequest(new ApiError(problem));
            }
            return TypedResults.Json(new ApiSearchResults(
                results.Total,
                [.. results.Hits.Select(h => new ApiSearchHit(h.Id, h.Url, h.N, h.Anchor, h.Title, h.Date, h.Speaker, h.SnippetHtml))]),
                RecordJson.Options);
        });

        // Unknown API paths answer JSON, not the HTML 404 page.
        api.MapFallback(() => TypedResults.NotFound(new ApiError("There is no API endpoint at this address.")));
        return app;
    }
}
