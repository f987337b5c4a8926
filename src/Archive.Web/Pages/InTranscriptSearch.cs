using System.Globalization;
using Archive.Records;
using Archive.Search;
using Microsoft.AspNetCore.Html;

namespace Archive.Web.Pages;

/// <summary>
/// Search within one transcript (<c>?q=</c> on its page): the matches marked in place, server-side,
/// with each matching paragraph linked to the previous and next one. Text is HTML-encoded
/// everywhere; only the &lt;mark&gt; tags and the links are markup.
/// </summary>
public sealed class InTranscriptSearch
{
    private readonly Dictionary<int, string> _marked = [];

    private InTranscriptSearch(string query) => Query = query;

    public string Query { get; }

    /// <summary>Numbers of the paragraphs with matches, in order.</summary>
    public List<int> Matches { get; } = [];

    public bool Active => Query.Length > 0;

    /// <summary>The search in the request's <c>q</c> over this transcript; the index says which paragraphs match.</summary>
    public static InTranscriptSearch Create(HttpContext context, Transcript transcript)
    {
        var search = new InTranscriptSearch(context.Request.Query["q"].ToString().Trim());
        if (PassageMarker.For(search.Query) is not { } marker)
        {
            return search;
        }
        var searcher = context.RequestServices.GetRequiredService<TranscriptSearcher>();
        var matching = searcher.ParagraphsMatching(transcript.Id, search.Query);
        foreach (var p in transcript.Paragraphs.Where(p => matching.Contains(p.N)))
        {
            search._marked[p.N] = marker.Mark(p.Text);
        }
        // A quotation across a break marks the end of one paragraph and the start of the next; a
        // paragraph that matches on its own keeps its own marks.
        var text = transcript.Paragraphs.ToDictionary(p => p.N, p => p.Text);
        foreach (var (first, next) in searcher.PassagesMatching(transcript.Id, search.Query))
        {
            if (text.TryGetValue(first, out var before) && text.TryGetValue(next, out var after))
            {
                var (marked, markedAfter) = marker.MarkPassage(before, after);
                search._marked.TryAdd(first, marked);
                search._marked.TryAdd(next, markedAfter);
            }
        }
        search.Matches.AddRange(transcript.Paragraphs.Where(p => search._marked.ContainsKey(p.N)).Select(p => p.N));
        return search;
    }

    /// <summary>The paragraph's text: marked and linked when it matches, otherwise encoded as usual.</summary>
    public IHtmlContent Text(Paragraph p)
    {
        if (!_marked.TryGetValue(p.N, out var html))
        {
            return new HtmlContentBuilder().Append(p.Text);
        }
        var i = Matches.IndexOf(p.N);
        var content = new HtmlContentBuilder().AppendHtml(html).AppendHtml(" <span class=\"match-nav\">");
        if (i > 0)
        {
            content.AppendHtml(Link(Matches[i - 1], "previous match"));
        }
        if (i + 1 < Matches.Count)
        {
            content.AppendHtml(Link(Matches[i + 1], "next match"));
        }
        return content.AppendHtml("</span>");
    }

    private static string Link(int n, string label) =>
        string.Create(CultureInfo.InvariantCulture, $"<a href=\"#{Paragraph.AnchorFor(n)}\">{label} (¶{n})</a> ");
}
