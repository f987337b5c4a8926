using System.Net;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Archive.Search;

/// <summary>
/// Snippets for hits: the matched words in &lt;mark&gt;, every other character HTML-encoded
/// (the Highlighter's default encoder does not encode, so <see cref="SimpleHTMLEncoder"/> is set).
/// </summary>
internal static class SnippetMaker
{
    private const int WholeParagraphLimit = 600;
    private const int FragmentSize = 220;

    public static string Make(Query query, string text) =>
        Mark(query, text, whole: text.Length <= WholeParagraphLimit)
        ?? WebUtility.HtmlEncode(text.Length <= WholeParagraphLimit ? text : text[..FragmentSize] + "…");

    /// <summary>
    /// The text with the query's matches marked (whole, or its best fragments), or null when
    /// nothing matches. The exact field is tried first, so a phrase marks only where it stands.
    /// </summary>
    public static string? Mark(Query query, string text, bool whole)
    {
        foreach (var field in new[] { SearchFields.TextExact, SearchFields.TextStem })
        {
            var marked = TryHighlight(query, field, text, whole);
            if (marked is not null)
            {
                return marked;
            }
        }
        return null;
    }

    private static string? TryHighlight(Query query, string field, string text, bool whole)
    {
        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            MaxDocCharsToAnalyze = Math.Max(text.Length, 1),
            TextFragmenter = whole ? new NullFragmenter() : new SimpleSpanFragmenter(scorer, FragmentSize),
        };
        using var tokens = ArchiveAnalyzers.For(field).GetTokenStream(field, text);
        var fragments = highlighter.GetBestFragments(tokens, text, 2);
        if (fragments.Length == 0)
        {
            return null;
        }
        return whole ? fragments[0] : "… " + string.Join(" … ", fragments) + " …";
    }
}
