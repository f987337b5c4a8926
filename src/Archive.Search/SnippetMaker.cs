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

    public static string Make(Query query, string text)
    {
        foreach (var field in new[] { SearchFields.TextExact, SearchFields.TextStem })
        {
            var snippet = TryHighlight(query, field, text);
            if (snippet is not null)
            {
                return snippet;
            }
        }
        return WebUtility.HtmlEncode(text.Length <= WholeParagraphLimit ? text : text[..FragmentSize] + "…");
    }

    private static string? TryHighlight(Query query, string field, string text)
    {
        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            MaxDocCharsToAnalyze = Math.Max(text.Length, 1),
            TextFragmenter = text.Length <= WholeParagraphLimit
                ? new NullFragmenter()
                : new SimpleSpanFragmenter(scorer, FragmentSize),
        };
        using var tokens = ArchiveAnalyzers.For(field).GetTokenStream(field, text);
        var fragments = highlighter.GetBestFragments(tokens, text, 2);
        if (fragments.Length == 0)
        {
            return null;
        }
        return text.Length <= WholeParagraphLimit ? fragments[0] : "… " + string.Join(" … ", fragments) + " …";
    }
}
