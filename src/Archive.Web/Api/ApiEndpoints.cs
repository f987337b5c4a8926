using Archive.Records;
using Archive.Web.Data;
using Archive.Web.Hosting;

namespace Archive.Web.Api;

/// <summary>The JSON twins of the HTML pages, under <c>/api</c>.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AnswerHeadToo().WithProblemJson();

        api.MapGet("/transcripts", (ArchiveData data) =>
            TypedResults.Json(data.Catalog, RecordJson.Options));

        api.MapGet("/transcripts/{id}", IResult (string id, ArchiveData data) =>
            data.RecordJsonOf(id) is { } json && data.FindById(id) is { } summary
                ? TypedResults.Bytes(TranscriptJson.WithCollection(json, data.Collections.InfoOf(summary.Collection)), "application/json; charset=utf-8")
                : TypedResults.NotFound(new ApiError($"There is no transcript with the id '{id}'.")));

        api.MapSearchApi();
        api.MapBrowseApi();
        api.MapCollectionsApi();

        // An unknown API path has no endpoint, and answers problem+json like every API error (ErrorResponses).
        // No fallback here: one would answer POST to a GET endpoint with 404 rather than routing's 405.
        return app;
    }
}
