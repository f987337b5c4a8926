using System.Net;
using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Archive.Search.Results;

/// <summary>
/// Snippets by Lucene's <see cref="Highlighter"/>: the query's words in &lt;mark&gt;, everything else
/// HTML-encoded; a short paragraph whole, a long one as its best two fragments of about 220
/// characters. The exact field is tried first, so a phrase is marked only where it stands; the
/// stemmed forms only when no exact form is in the text. <see cref="SnippetMaker"/> gives the same
/// for less (<see cref="SearchEngineOptions.SnippetMaker"/>).
/// </summary>
internal static class HighlighterSnippets
{
    /// <summary>A paragraph up to this long is shown whole.</summary>
    public const int WholeParagraphLimit = 600;

    /// <summary>The length of a longer paragraph's fragments, and of its start shown when nothing in it is marked.</summary>
    public const int FragmentSize = 220;

    private const int Fragments = 2;

    public static string Make(Query highlight, string text) =>
        Mark(highlight, text, whole: text.Length <= WholeParagraphLimit)
        ?? WebUtility.HtmlEncode(text.Length <= WholeParagraphLimit ? text : text[..FragmentSize] + "…");

    /// <summary>The text with the query's matches marked (whole, or its best fragments), or null when nothing matches.</summary>
    public static string? Mark(Query highlight, string text, bool whole)
    {
        foreach (var field in (string[])[SearchFields.TextExact, SearchFields.TextStem])
        {
            var scorer = new QueryScorer(highlight, field);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
            {
                MaxDocCharsToAnalyze = Math.Max(text.Length, 1),
                TextFragmenter = whole ? new NullFragmenter() : new SimpleSpanFragmenter(scorer, FragmentSize),
            };
            using var tokens = ArchiveAnalyzers.For(field).GetTokenStream(field, text);
            var fragments = highlighter.GetBestFragments(tokens, text, Fragments);
            if (fragments.Length > 0)
            {
                return whole ? fragments[0] : "… " + string.Join(" … ", fragments) + " …";
            }
        }
        return null;
    }
}
