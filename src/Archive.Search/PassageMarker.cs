using System.Net;
using Archive.Search.Querying;
using Archive.Search.Results;

namespace Archive.Search;

/// <summary>
/// Marks a search's words in whole paragraphs, for search within one transcript (which
/// paragraphs match is <see cref="TranscriptSearcher.ParagraphsMatching"/>'s answer).
/// </summary>
public sealed class PassageMarker
{
    private readonly BuiltQuery _query;

    private PassageMarker(BuiltQuery query) => _query = query;

    /// <summary>A marker for the search text, or null when it has nothing to search for or is over the limits.</summary>
    public static PassageMarker? For(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > SearchRequest.MaxQueryLength)
        {
            return null;
        }
        return QueryBuilder.Build(UserQuery.Parse(text)) is { TermCount: <= SearchRequest.MaxTerms } built ? new PassageMarker(built) : null;
    }

    /// <summary>The paragraph HTML-encoded, with the search's words in &lt;mark&gt; where they match.</summary>
    public string Mark(string paragraph) => SnippetMaker.Mark(_query.Snippets, paragraph, whole: true) ?? WebUtility.HtmlEncode(paragraph);

    /// <summary>
    /// A passage across a break (<see cref="TranscriptSearcher.PassagesMatching"/>): both paragraphs
    /// HTML-encoded, the quotation's words marked at the end of the first and the start of the second.
    /// </summary>
    public (string Before, string After) MarkPassage(string before, string after) => _query.Passage is { } passage
        ? PassageSnippet.Make(passage.Tokens, passage.Exact, before, after, whole: true)
        : (Mark(before), Mark(after));
}
