namespace Archive.Search;

/// <summary>
/// Marks a search's matches in whole paragraphs, for search within one transcript: the same
/// parsing, fields and highlighting as the site-wide search, with no index needed.
/// </summary>
public sealed class PassageMarker
{
    private readonly BuiltQuery _query;

    private PassageMarker(BuiltQuery query) => _query = query;

    /// <summary>A marker for the search text, or null when it has nothing to mark or is over the limits.</summary>
    public static PassageMarker? For(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > SearchRequest.MaxQueryLength)
        {
            return null;
        }
        return QueryBuilder.Build(UserQuery.Parse(text)) is { TermCount: <= SearchRequest.MaxTerms } built ? new PassageMarker(built) : null;
    }

    /// <summary>The paragraph HTML-encoded with its matches in &lt;mark&gt;, or null when nothing in it matches.</summary>
    public string? Mark(string paragraph) => SnippetMaker.Mark(_query.Highlight, paragraph, whole: true);
}
