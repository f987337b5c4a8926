using System.Text;
using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Results;

/// <summary>
/// The two snippets of a passage across a break: the end of the first paragraph and the start of the
/// next, with the quotation's words marked on both sides of the break. A quoted phrase is marked where
/// it runs (the first paragraph ends with its first words, the next starts with the rest); a near-quote's
/// words are marked from the break outwards, as long as they keep coming. Encoded as
/// <see cref="SnippetMaker"/> encodes; a paragraph longer than a snippet is cut on the side away from the break.
/// </summary>
internal static class PassageSnippet
{
    private const int WholeParagraphLimit = HighlighterSnippets.WholeParagraphLimit;
    private const int FragmentSize = HighlighterSnippets.FragmentSize;

    /// <summary>Words in a row not in a near-quote that end its marking on one side of the break.</summary>
    private const int StrayWords = 2;

    /// <summary>The two snippets; with <paramref name="whole"/>, both paragraphs whole, however long (the transcript page).</summary>
    public static (string Before, string After) Make(IReadOnlyList<string> quotation, bool exact, string before, string after, bool whole = false)
    {
        var tail = Tokens(before, fromEnd: true);
        var head = Tokens(after, fromEnd: false);
        var (inTail, inHead) = exact ? Run(quotation, tail, head) : (0, 0);
        if (inTail == 0)
        {
            (inTail, inHead) = (Outwards(quotation, tail.AsEnumerable().Reverse()), Outwards(quotation, head));
        }
        return (Html(before, tail[^inTail..], fromEnd: true, whole), Html(after, head[..inHead], fromEnd: false, whole));
    }

    /// <summary>How many of the tail's last and the head's first tokens are the quotation, read straight across the break (the longest such run).</summary>
    private static (int Tail, int Head) Run(IReadOnlyList<string> quotation, List<Token> tail, List<Token> head)
    {
        var best = (Tail: 0, Head: 0);
        for (var k = 1; k < quotation.Count; k++)
        {
            var a = 0;
            while (a < k && a < tail.Count && tail[^(a + 1)].Term == quotation[k - a - 1])
            {
                a++;
            }
            var b = 0;
            while (k + b < quotation.Count && b < head.Count && head[b].Term == quotation[k + b])
            {
                b++;
            }
            if (a > 0 && b > 0 && a + b > best.Tail + best.Head)
            {
                best = (a, b);
            }
        }
        return best;
    }

    /// <summary>How many tokens from the break outwards belong to the quotation: up to the last of its words before <see cref="StrayWords"/> others in a row.</summary>
    private static int Outwards(IReadOnlyList<string> quotation, IEnumerable<Token> fromBreak)
    {
        var taken = 0;
        var last = 0;
        var stray = 0;
        foreach (var token in fromBreak)
        {
            taken++;
            if (quotation.Contains(token.Term))
            {
                last = taken;
                stray = 0;
            }
            else if (++stray > StrayWords)
            {
                break;
            }
        }
        return last;
    }

    /// <summary>The paragraph encoded, the tokens given marked when they are the quotation's words; cut on the side away from the break when long.</summary>
    private static string Html(string text, List<Token> marked, bool fromEnd, bool whole)
    {
        var from = 0;
        var to = text.Length;
        if (!whole && text.Length > WholeParagraphLimit)
        {
            if (fromEnd)
            {
                from = Math.Max(0, Math.Min(marked.Count > 0 ? marked[0].Start : text.Length, text.Length - FragmentSize));
                // Back to the start of a word.
                from = from == 0 ? 0 : text.LastIndexOf(' ', from - 1) + 1;
            }
            else
            {
                to = Math.Min(text.Length, Math.Max(marked.Count > 0 ? marked[^1].End : 0, FragmentSize));
                to = text.IndexOf(' ', to) is var space and >= 0 ? space : text.Length;
            }
        }
        var html = new StringBuilder(to - from + 32);
        if (from > 0)
        {
            html.Append("… ");
        }
        var at = from;
        foreach (var token in marked)
        {
            if (token.Start < at || token.End > to)
            {
                continue;
            }
            SnippetMaker.AppendEncoded(html, text.AsSpan(at, token.Start - at));
            html.Append("<mark>");
            SnippetMaker.AppendEncoded(html, text.AsSpan(token.Start, token.End - token.Start));
            html.Append("</mark>");
            at = token.End;
        }
        SnippetMaker.AppendEncoded(html, text.AsSpan(at, to - at));
        if (to < text.Length)
        {
            html.Append(" …");
        }
        return html.ToString();
    }

    /// <summary>The exact tokens of the paragraph's end (or start), as many as <see cref="BreakSpan"/> keeps, with their offsets in the whole text.</summary>
    private static List<Token> Tokens(string text, bool fromEnd)
    {
        var start = fromEnd ? BreakSpan.LastWords(text, 2 * BreakSpan.Width) : 0;
        var end = fromEnd ? text.Length : BreakSpan.FirstWords(text, 2 * BreakSpan.Width);
        var tokens = new List<Token>();
        using var stream = ArchiveAnalyzers.Exact.GetTokenStream(SearchFields.TextSpan, text[start..end]);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new Token(term.ToString(), start + offset.StartOffset, start + offset.EndOffset));
        }
        stream.End();
        if (tokens.Count > BreakSpan.Width)
        {
            tokens = fromEnd ? tokens[^BreakSpan.Width..] : tokens[..BreakSpan.Width];
        }
        return tokens;
    }

    private readonly record struct Token(string Term, int Start, int End);
}
