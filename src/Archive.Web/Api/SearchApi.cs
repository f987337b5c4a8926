using Archive.Records;
using Archive.Search;
using Archive.Web.Hosting;

namespace Archive.Web.Api;

/// <summary><c>/api/search</c>: the search page as JSON, with the same parameters.</summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", IResult (HttpRequest request, TranscriptSearcher searcher) =>
        {
            var parameters = SearchParameters.Read(request.Query, out var error);
            if (error is null && parameters.Query.Length == 0)
            {
                error = "Give the words to search for as q.";
            }
            var results = error is null ? searcher.Search(parameters.ToRequest()) : null;
            if ((error ?? results?.Problem) is { } problem)
            {
                return TypedResults.BadRequest(new ApiError(problem));
            }
            return TypedResults.Json(ToJson(parameters, results!), RecordJson.Options);
        }).RequireRateLimiting(RateLimits.Search);
        return api;
    }

    private static ApiSearchResults ToJson(SearchParameters p, SearchResults results) => new(
        p.Query,
        p.Sort.ToString().ToLowerInvariant(),
        new ApiSearchFilters(p.From, p.To, p.Venue, p.Speaker, p.Collection),
        p.Page,
        SearchParameters.PageSize,
        results.HasMore,
        results.Total,
        results.Transcripts,
        [.. results.Groups.Select(g => new ApiSearchGroup(g.Id, g.Url, g.Title, g.Date, g.Venue, g.Collection,
            [.. g.Hits.Select(h => new ApiSearchHit(h.N, h.Anchor, h.Url + "#" + h.Anchor, h.Speaker, h.SnippetHtml,
                h.Through is { } through ? new ApiSearchHitThrough(through, h.ThroughAnchor!, h.Url + "#" + h.ThroughAnchor, h.ThroughSpeaker, h.ThroughSnippetHtml!) : null))]))],
        results.Facets,
        results.Suggestion,
        results.Notes);
}
