using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;

namespace Archive.Search.Results;

/// <summary>
/// Snippets for hits: the matched words in &lt;mark&gt;, every other character HTML-encoded.
/// <para>
/// This gives what Lucene's <see cref="Highlighter"/> gave with a <see cref="QueryScorer"/> and a
/// <see cref="SimpleSpanFragmenter"/> (same marks, same fragments, same encoding: the tests compare
/// the two), without its cost per hit: the highlighter rebuilt the query's terms and, for phrases,
/// an in-memory index of the paragraph for every hit and every field tried. Here the query's terms
/// are taken once per search (<see cref="SnippetTerms"/>) and the paragraph is analysed once per
/// field tried, matching tokens against those sets and phrases against neighbouring tokens.
/// </para>
/// </summary>
internal static class SnippetMaker
{
    private const int WholeParagraphLimit = HighlighterSnippets.WholeParagraphLimit;
    private const int FragmentSize = HighlighterSnippets.FragmentSize;
    private const int MaxKeptTokens = 2048;
    private const int MaxKeptChars = 8192;

    [ThreadStatic]
    private static List<Token>? t_tokens;

    [ThreadStatic]
    private static StringBuilder? t_html;

    [ThreadStatic]
    private static bool[]? t_marked;

    [ThreadStatic]
    private static HashSet<string>? t_found;

    /// <summary>Characters written as they are: ASCII but for those <see cref="SimpleHTMLEncoder"/> encodes.</summary>
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => "\"&<>'/".IndexOf(c, StringComparison.Ordinal) < 0)));

    public static string Make(SnippetTerms terms, string text) =>
        Mark(terms, text, whole: text.Length <= WholeParagraphLimit)
        ?? WebUtility.HtmlEncode(text.Length <= WholeParagraphLimit ? text : text[..FragmentSize] + "…");

    /// <summary>
    /// The text with the query's matches marked (whole, or its best fragments), or null when
    /// nothing matches. The exact field is tried first, so a phrase marks only where it stands;
    /// the stemmed forms only when no exact form is in the text.
    /// </summary>
    public static string? Mark(SnippetTerms terms, string text, bool whole) =>
        Mark(terms.Exact, SearchFields.TextExact, text, whole) ?? Mark(terms.Stem, SearchFields.TextStem, text, whole);

    private static string? Mark(SnippetTerms.FieldTerms terms, string field, string text, bool whole)
    {
        if (terms.IsEmpty)
        {
            return null;
        }
        var tokens = Tokenize(field, text, terms);
        if (tokens.Count == 0)
        {
            return null;
        }
        // Which tokens are marked: one array per thread, as the token list; only the first tokens.Count count.
        var marked = t_marked is { } kept && kept.Length >= tokens.Count ? kept : new bool[Math.Max(tokens.Count, 256)];
        t_marked = marked.Length <= MaxKeptTokens ? marked : null;
        Array.Clear(marked, 0, tokens.Count);
        var any = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Term is { } term && terms.Loose.Contains(term))
            {
                marked[i] = any = true;
            }
        }
        var spans = terms.Phrases.Count == 0 ? null : MarkPhrases(terms, tokens, marked, ref any);
        if (!any)
        {
            return null;
        }
        return Fragments(text, tokens, marked, spans, whole);
    }

    /// <summary>
    /// Marks every token that is part of a whole phrase, and returns, per phrase term, the
    /// positions where a phrase starts and ends (the fragmenter keeps a phrase in one fragment).
    /// </summary>
    private static Dictionary<string, List<(int Start, int End)>> MarkPhrases(SnippetTerms.FieldTerms terms, List<Token> tokens, bool[] marked, ref bool any)
    {
        var spans = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
        foreach (var (words, offsets) in terms.Phrases)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Term != words[0] || !Matches(tokens, i, words, offsets))
                {
                    continue;
                }
                var start = tokens[i].Position;
                var end = start + offsets[^1];
                for (var j = i; j < tokens.Count && tokens[j].Position <= end; j++)
                {
                    if (Array.IndexOf(words, tokens[j].Term) >= 0)
                    {
                        marked[j] = any = true;
                    }
                }
                foreach (var word in words)
                {
                    (spans.TryGetValue(word, out var list) ? list : spans[word] = []).Add((start, end));
                }
            }
        }
        return spans;
    }

    /// <summary>Whether the phrase's words stand at their relative positions from token <paramref name="first"/> on.</summary>
    private static bool Matches(List<Token> tokens, int first, string[] words, int[] offsets)
    {
        var start = tokens[first].Position;
        var j = first;
        for (var k = 1; k < words.Length; k++)
        {
            var position = start + offsets[k];
            while (j < tokens.Count && tokens[j].Position < position)
            {
                j++;
            }
            if (j == tokens.Count || tokens[j].Position != position || tokens[j].Term != words[k])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The marked text, cut as the highlighter cut it: fragments of about <see cref="FragmentSize"/>
    /// characters that end on a token and keep a phrase together, each scored by how many distinct
    /// marked terms it holds; the best two (ties: the earlier), joined when they are neighbours.
    /// </summary>
    private static string? Fragments(string text, List<Token> tokens, bool[] marked, Dictionary<string, List<(int Start, int End)>>? spans, bool whole)
    {
        // One builder per thread, as the token list (see Tokenize); a long paragraph's is not kept.
        var html = t_html is { Capacity: <= MaxKeptChars } reused ? reused.Clear() : t_html = new StringBuilder(text.Length + 64);
        var fragments = new List<Fragment>();
        var current = new Fragment(0, 0);
        fragments.Add(current);
        var found = t_found ??= new HashSet<string>(StringComparer.Ordinal);
        found.Clear();
        var lastEnd = 0;
        // The fragmenter's own count of positions starts one token late, as Lucene's does.
        var position = -1;
        var waitFor = -1;
        var cuts = 1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (i > 0)
            {
                Append(html, text, tokens[i - 1], marked[i - 1], ref lastEnd);
                if (!whole && IsNewFragment(text.Length, token, spans, ref position, ref waitFor, ref cuts))
                {
                    current.End = html.Length;
                    current = new Fragment(html.Length, fragments.Count);
                    fragments.Add(current);
                    found.Clear();
                }
            }
            if (marked[i] && found.Add(token.Term!))
            {
                current.Score++;
            }
        }
        Append(html, text, tokens[^1], marked[tokens.Count - 1], ref lastEnd);
        AppendEncoded(html, text.AsSpan(lastEnd));
        current.End = html.Length;
        if (html.Capacity > MaxKeptChars)
        {
            t_html = null;
        }
        if (whole)
        {
            return current.Score > 0 ? html.ToString() : null;
        }
        // The best two fragments by score, the earlier first among equals.
        Fragment? first = null, second = null;
        foreach (var fragment in fragments)
        {
            if (first is null || fragment.Score > first.Score)
            {
                (first, second) = (fragment, first);
            }
            else if (second is null || fragment.Score > second.Score)
            {
                second = fragment;
            }
        }
        // Neighbours are joined before the unmarked are dropped, so a marked fragment keeps the
        // unmarked one beside it (as the highlighter did).
        if (second is not null && (first!.End == second.Start || second.End == first.Start))
        {
            (first, second) = (new Fragment(Math.Min(first.Start, second.Start), 0) { End = Math.Max(first.End, second.End), Score = first.Score }, null);
        }
        if (second is { Score: 0 })
        {
            second = null;
        }
        return first!.Score == 0 ? null : Joined(html, first, second);
    }

    /// <summary>"… first … second …" (or "… first …"), copied out of the builder into the one string.</summary>
    private static string Joined(StringBuilder html, Fragment first, Fragment? second)
    {
        const string Open = "… ", Between = " … ", Close = " …";
        var length = Open.Length + (first.End - first.Start) + (second is null ? 0 : Between.Length + second.End - second.Start) + Close.Length;
        return string.Create(length, (html, first, second), static (span, parts) =>
        {
            Open.CopyTo(span);
            var at = Open.Length;
            parts.html.CopyTo(parts.first.Start, span[at..], parts.first.End - parts.first.Start);
            at += parts.first.End - parts.first.Start;
            if (parts.second is { } next)
            {
                Between.CopyTo(span[at..]);
                at += Between.Length;
                parts.html.CopyTo(next.Start, span[at..], next.End - next.Start);
                at += next.End - next.Start;
            }
            Close.CopyTo(span[at..]);
        });
    }

    private static bool IsNewFragment(int textLength, Token token, Dictionary<string, List<(int Start, int End)>>? spans, ref int position, ref int waitFor, ref int cuts)
    {
        position += token.Increment;
        if (waitFor == position)
        {
            waitFor = -1;
        }
        else if (waitFor != -1)
        {
            return false;
        }
        if (spans is not null && token.Term is { } term && spans.TryGetValue(term, out var list))
        {
            foreach (var span in list)
            {
                if (span.Start == position)
                {
                    waitFor = span.End + 1;
                    break;
                }
            }
        }
        if (token.End >= FragmentSize * cuts && textLength - token.End >= FragmentSize / 2)
        {
            cuts++;
            return true;
        }
        return false;
    }

    private static void Append(StringBuilder html, string text, Token token, bool marked, ref int lastEnd)
    {
        if (token.Start > lastEnd)
        {
            AppendEncoded(html, text.AsSpan(lastEnd, token.Start - lastEnd));
        }
        if (marked)
        {
            html.Append("<mark>");
        }
        AppendEncoded(html, text.AsSpan(token.Start, token.End - token.Start));
        if (marked)
        {
            html.Append("</mark>");
        }
        lastEnd = Math.Max(lastEnd, token.End);
    }

    /// <summary>
    /// Appends <paramref name="text"/> encoded as <see cref="SimpleHTMLEncoder.HtmlEncode"/> encodes
    /// it (the five HTML specials and '/' as entities, every non-ASCII character as a numeric
    /// reference), without a string for each piece.
    /// </summary>
    internal static void AppendEncoded(StringBuilder html, ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var plain = text.IndexOfAnyExcept(Plain);
            if (plain < 0)
            {
                html.Append(text);
                return;
            }
            html.Append(text[..plain]);
            var ch = text[plain];
            switch (ch)
            {
                case '"': html.Append("&quot;"); break;
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '\'': html.Append("&#x27;"); break;
                case '/': html.Append("&#x2F;"); break;
                default: html.Append(CultureInfo.InvariantCulture, $"&#{(int)ch};"); break;
            }
            text = text[(plain + 1)..];
        }
    }

    /// <summary>
    /// The field's tokens with offsets and positions. A token's term is kept only when it is one
    /// of the query's (the rest need no string), so a long paragraph costs few allocations.
    /// </summary>
    private static List<Token> Tokenize(string field, string text, SnippetTerms.FieldTerms terms)
    {
        // One list per thread, used again by the next paragraph: a new one for every hit shown
        // was a tenth of a rare word's garbage. A long paragraph's is not kept (each thread keeps at
        // most 48 KB of tokens and 16 KB of builder: the site has a few dozen threads).
        var tokens = t_tokens is { Capacity: <= MaxKeptTokens } reused ? reused : t_tokens = new List<Token>(256);
        tokens.Clear();
        var lookup = terms.Loose.GetAlternateLookup<ReadOnlySpan<char>>();
        var phraseLookup = terms.PhraseTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        using var stream = ArchiveAnalyzers.For(field).GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var chars = term.Buffer.AsSpan(0, term.Length);
            string? kept = null;
            if (lookup.TryGetValue(chars, out var loose))
            {
                kept = loose;
            }
            else if (phraseLookup.TryGetValue(chars, out var inPhrase))
            {
                kept = inPhrase;
            }
            tokens.Add(new Token(kept, offset.StartOffset, offset.EndOffset, position, increment.PositionIncrement));
        }
        stream.End();
        if (tokens.Capacity > MaxKeptTokens)
        {
            t_tokens = null;
        }
        return tokens;
    }

    /// <summary>One token: its term when the query has it (null otherwise), offsets in the text, position.</summary>
    private readonly record struct Token(string? Term, int Start, int End, int Position, int Increment);

    private sealed class Fragment(int start, int number)
    {
        public int Start { get; } = start;
        public int Number { get; } = number;
        public int End { get; set; }
        public int Score { get; set; }
    }
}
