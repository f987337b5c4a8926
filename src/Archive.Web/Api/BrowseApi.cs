using Archive.Records;
using Archive.Web.Data;

namespace Archive.Web.Api;

/// <summary>JSON twins of the browse pages: <c>/api/years</c>, <c>/api/dates/…</c>, <c>/api/venues</c>, <c>/api/speakers</c>.</summary>
public static class BrowseApi
{
    public static RouteGroupBuilder MapBrowseApi(this RouteGroupBuilder api)
    {
        api.MapGet("/years", (ArchiveData data) => TypedResults.Json(
            data.Years.Select(y => new ApiYear(y.Key, y.Count, data.Dates.MonthsOf(y.Key))), RecordJson.Options));

        api.MapGet("/dates/{year:int:range(1,9999)}/{month:int:range(1,12)?}/{day:int:range(1,31)?}", IResult (int year, int? month, int? day, ArchiveData data) =>
        {
            if (day is { } d && d > DateTime.DaysInMonth(year, month!.Value))
            {
                return TypedResults.BadRequest(new ApiError($"There is no such date: {Pages.Dates.MonthYear(year, month!.Value)} has {DateTime.DaysInMonth(year, month!.Value)} days."));
            }
            var from = new DateOnly(year, month ?? 1, day ?? 1);
            var to = day is not null ? from : month is not null ? from.AddMonths(1).AddDays(-1) : new DateOnly(year, 12, 31);
            List<TranscriptSummary> transcripts = [.. data.Dates.Between(from, to)];
            return transcripts.Count == 0
                ? TypedResults.NotFound(new ApiError("There are no transcripts in this period."))
                : TypedResults.Json(new ApiPeriod(from, to, transcripts.Count, transcripts), RecordJson.Options);
        });

        MapFacets(api, "/venues", data => data.Venues, "venue");
        MapFacets(api, "/speakers", data => data.Speakers, "speaker");
        return api;
    }

    private static void MapFacets(RouteGroupBuilder api, string path, Func<ArchiveData, FacetIndex> index, string noun)
    {
        api.MapGet(path, (ArchiveData data) => TypedResults.Json(
            index(data).All.Select(f => new ApiFacet(f.Slug, f.Name, f.Transcripts.Count)), RecordJson.Options));
        api.MapGet(path + "/{slug}", IResult (string slug, ArchiveData data) =>
            index(data).Find(slug) is { } f
                ? TypedResults.Json(new ApiFacet(f.Slug, f.Name, f.Transcripts.Count, f.Transcripts), RecordJson.Options)
                : TypedResults.NotFound(new ApiError($"There is no {noun} '{slug}'.")));
    }
}
