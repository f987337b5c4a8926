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

    public static InTranscriptSearch Create(string? query, IReadOnlyList<Paragraph> paragraphs)
    {
        var search = new InTranscriptSearch(query?.Trim() ?? "");
        if (PassageMarker.For(search.Query) is not { } marker)
        {
            return search;
        }
        foreach (var p in paragraphs.Where(p => p.Kind == ParagraphKind.Text))
        {
            if (marker.Mark(p.Text) is { } html)
            {
                search._marked[p.N] = html;
                search.Matches.Add(p.N);
            }
        }
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
