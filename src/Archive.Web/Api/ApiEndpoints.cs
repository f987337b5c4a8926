using Archive.Records;
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
            data.RecordJsonOf(id) is { } json && data.FindById(id) is { } summary
                ? TypedResults.Bytes(TranscriptJson.WithCollection(json, data.Collections.InfoOf(summary.Collection)), "application/json; charset=utf-8")
                : TypedResults.NotFound(new ApiError($"There is no transcript with the id '{id}'.")));

        api.MapSearchApi();
        api.MapBrowseApi();
        api.MapCollectionsApi();

        // Unknown API paths answer JSON, not the HTML 404 page.
        api.MapFallback(() => TypedResults.NotFound(new ApiError("There is no API endpoint at this address.")));
        return app;
    }
}
