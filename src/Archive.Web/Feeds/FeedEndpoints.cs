using Archive.Search;
using Archive.Web.Api;
using Archive.Web.Data;
using Archive.Web.Discovery;

namespace Archive.Web.Feeds;

/// <summary>The Atom feeds under <c>/feeds</c> (<see cref="FeedUrls"/>); each follows one page of the site.</summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("Feeds");

        feeds.MapGet("/transcripts", (HttpRequest request, ArchiveData data) =>
            Transcripts(request, data, "Newest transcripts · Speech Archive", FeedUrls.Transcripts, "/", data.Catalog))
            .WithSummary("The newest transcripts, as Atom");

        feeds.MapGet("/venues/{slug}", IResult (string slug, HttpRequest request, ArchiveData data) =>
            data.Venues.Find(slug) is { } f
                ? Transcripts(request, data, $"Transcripts at {f.Name} · Speech Archive", FeedUrls.Venue(f.Slug), "/venues/" + f.Slug, f.Transcripts)
                : TypedResults.NotFound())
            .WithSummary("The newest transcripts given at a venue, as Atom");

        feeds.MapGet("/speakers/{slug}", IResult (string slug, HttpRequest request, ArchiveData data) =>
            data.Speakers.Find(slug) is { } f
                ? Transcripts(request, data, $"Transcripts with {f.Name} · Speech Archive", FeedUrls.Speaker(f.Slug), "/speakers/" + f.Slug, f.Transcripts)
                : TypedResults.NotFound())
            .WithSummary("The newest transcripts in which a speaker speaks, as Atom");

        feeds.MapGet("/collections/{id}", IResult (string id, HttpRequest request, ArchiveData data) =>
            CollectionCredits.Find(data, id) is { } c
                ? Transcripts(request, data, $"{c.Info.Name} · Speech Archive", FeedUrls.Collection(id), "/collections/" + id,
                    data.Catalog.Where(t => string.Equals(t.Collection, id, StringComparison.Ordinal)))
                : TypedResults.NotFound())
            .WithSummary("The newest transcripts of a collection, as Atom");

        feeds.MapGet("/search", IResult (HttpRequest request, ArchiveData data, TranscriptSearcher searcher) =>
        {
            var parameters = SearchParameters.Read(request.Query, out var error) with { Sort = SearchSort.Relevance, Page = 1 };
            if (error is null && parameters.Query.Length == 0)
            {
                error = "Give the words to search for as q, as on the search page.";
            }
            var results = error is null ? searcher.Search(parameters.ToRequest() with { Sort = SearchSort.Newest }) : null;
            if ((error ?? results?.Problem) is { } problem)
            {
                return TypedResults.Text(problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }
            var feed = AtomFeed.Create(request, $"“{parameters.Query}” · Speech Archive search", FeedUrls.Search(parameters), parameters.Link(), data.Manifest.BuiltAt);
            feed.Description = new System.ServiceModel.Syndication.TextSyndicationContent(
                "The newest paragraphs that match this search, each linked to its place in its transcript.");
            feed.Items = SearchEntries.Of(request, results!, data);
            return AtomFeed.Result(feed);
        })
        // A search like the page's: through the same concurrency limiter.
        .RequireRateLimiting(Hosting.RateLimits.Search);
        return app;
    }

    private static IResult Transcripts(HttpRequest request, ArchiveData data, string title, string feedPath, string pagePath, IEnumerable<Records.TranscriptSummary> newestFirst)
    {
        var feed = AtomFeed.Create(request, title, feedPath, pagePath, data.Manifest.BuiltAt);
        feed.Items = TranscriptEntries.Of(request, newestFirst);
        return AtomFeed.Result(feed);
    }
}
