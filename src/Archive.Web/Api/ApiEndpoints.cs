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
            data.FindById(id) is null
                ? TypedResults.NotFound(new ApiError($"There is no transcript with the id '{id}'."))
                : TypedResults.PhysicalFile(data.RecordPath(id), "application/json; charset=utf-8"));

        api.MapSearchApi();
        api.MapBrowseApi();

        // Unknown API paths answer JSON, not the HTML 404 page.
        api.MapFallback(() => TypedResults.NotFound(new ApiError("There is no API endpoint at this address.")));
        return app;
    }
}
