namespace Archive.Web.Hosting;

/// <summary>What the error page and the API's problem details say for each status: one list for both.</summary>
public static class StatusText
{
    public static (string Heading, string Explanation) For(int status) => status switch
    {
        400 => ("Bad request", "The address or its parameters could not be understood."),
        404 => ("Page not found", "There is no page at this address. If you followed a link to a transcript, it may have been mistyped."),
        405 => ("Method not allowed", "This address can only be read (GET or HEAD)."),
        414 => ("Address too long", $"The address is longer than the archive reads ({LongUrls.MaxPathLength:N0} characters of path, {LongUrls.MaxQueryLength:N0} of query). If you followed a link, it was cut or mangled; a search needs far fewer words."),
        429 => ("Too many requests", "The archive is busy. Please try again in a few seconds."),
        503 => ("Search is unavailable", Data.SearchUnavailable.Message),
        _ => ("Something went wrong", "The archive could not answer this request. Please try again later."),
    };
}
