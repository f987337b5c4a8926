using Archive.Records;

namespace Archive.Web.Api.OpenApi;

/// <summary>
/// The words of the OpenAPI document for each endpoint, by its route as ApiExplorer writes it. The routes,
/// methods and path parameters come from the endpoints themselves; these say what they mean and what
/// the handlers (which return <c>IResult</c>) answer. <c>OpenApiDocumentTests</c> fails when an /api
/// endpoint has no entry here.
/// </summary>
public static class ApiOperations
{
    /// <summary>The search's parameters, as <see cref="SearchParameters"/> reads them for the page, its JSON twin and its feed.</summary>
    public static readonly ApiQueryParameter[] SearchQuery =
    [
        new("q", "The words or quotation, in the search syntax of /help/search.", Required: true),
        new("from", "The first date, as 2014-07-10 or a year."),
        new("to", "The last date, as 2014-07-10 or a year."),
        new("venue", "A venue: its whole name, or any words of it."),
        new("speaker", "A speaker: the whole name, or any words of it."),
        new("sort", "The order of transcripts.", Values: ["relevance", "newest", "oldest"]),
        new("page", "The page of 20 transcripts, from 1 (at most 25).", Integer: true),
    ];

    public static readonly IReadOnlyDictionary<string, ApiOperation> ByRoute = new Dictionary<string, ApiOperation>(StringComparer.Ordinal)
    {
        ["api/transcripts"] = new("Every transcript, newest first, without text",
            "The catalog: id, permanent short id, URL, title, date, source, collection, venue, paragraph count and speakers of each transcript.",
            typeof(IReadOnlyList<TranscriptSummary>)),
        ["api/transcripts/{id}"] = new("One transcript's full record",
            "The record as the importer wrote it: every paragraph with its permanent number, speaker and text, and the provenance (file and SHA-256). The record format is docs/record-format.md.",
            typeof(Transcript)),
        ["api/search"] = new("Search paragraphs",
            "The search page as JSON: transcripts with their best one to three matching paragraphs (snippets are HTML with the matches in <mark>; a quotation that runs across a paragraph break is one hit whose `through` is the next paragraph), counts by year, venue and speaker, a spelling suggestion and notes on how the query was read.",
            typeof(ApiSearchResults), SearchQuery),
        ["api/years"] = new("Years with transcripts",
            "Each year, newest first, with its count and the counts of its months.", typeof(IReadOnlyList<ApiYear>)),
        ["api/dates/{year}/{month}/{day}"] = new("The transcripts of a year, month or day",
            "Month and day may be left out: /api/dates/2014 and /api/dates/2014/7 list a year and a month. Newest first.", typeof(ApiPeriod)),
        ["api/venues"] = new("Every venue", "Slug, name and number of transcripts, by name.", typeof(IReadOnlyList<ApiFacet>)),
        ["api/venues/{slug}"] = new("One venue and its transcripts", "Newest first.", typeof(ApiFacet)),
        ["api/speakers"] = new("Every speaker", "Slug, name and number of transcripts, by name.", typeof(IReadOnlyList<ApiFacet>)),
        ["feeds/search"] = new("The newest paragraphs matching a search, as Atom",
            "Takes the parameters of /search and /api/search; always newest first: the matching paragraphs of the 20 newest matching transcripts, each entry linked to its paragraph.",
            Query: SearchQuery[..5]),
        ["api/speakers/{slug}"] = new("One speaker and their transcripts", "Newest first.", typeof(ApiFacet)),
        ["api/collections"] = new("Every collection",
            "Id, name, publisher, homepage, licence and attribution, and the number of transcripts.", typeof(IReadOnlyList<ApiCollection>)),
        ["api/collections/{id}"] = new("One collection and its transcripts", "Its publisher and licence, then its transcripts, newest first.", typeof(ApiCollection)),
    };
}
