using Archive.Records;
using Archive.Web.Data;

namespace Archive.Web.Api;

/// <summary>JSON twins of <c>/collections</c> and <c>/collections/{id}</c>.</summary>
public static class CollectionsApi
{
    public static RouteGroupBuilder MapCollectionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/collections", (ArchiveData data) => TypedResults.Json(
            data.Collections.All.Select(c => ApiCollection.Of(c)), RecordJson.Options));
        api.MapGet("/collections/{id}", IResult (string id, ArchiveData data) =>
            data.Collections.Find(id) is { Transcripts.Count: > 0 } c
                ? TypedResults.Json(ApiCollection.Of(c, withTranscripts: true), RecordJson.Options)
                : TypedResults.NotFound(new ApiError($"There is no collection '{id}'.")));
        return api;
    }
}
