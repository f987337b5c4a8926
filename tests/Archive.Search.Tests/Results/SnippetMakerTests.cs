using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Results;
using Archive.Tests;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Archive.Search.Tests.Results;

/// <summary>
/// The snippet maker gives exactly what Lucene's Highlighter gave (QueryScorer, SimpleSpanFragmenter
/// of 220 characters, best two fragments, exact field first then stemmed), which it replaced for speed.
/// </summary>
public sealed class SnippetMakerTests
{
    private static readonly string[] Queries =
    [
        "security", "efforts", "combine your efforts", "\"the heads of\"", "\"of the\" states", "challenges threats",
        "intelligence OR terrorism", "heads -intelligence", "\"foreign policy\" countries", "country", "time",
        "the only thing we have to fear is fear", "we are facing the same challenges and threats", "Afghanistan's",
        "post-Soviet", "\"we\"", "\"international contingent\" afghanistan", "\"is important\" important", "venue:moscow security",
    ];

    public static TheoryData<string> QueryData()
    {
        var data = new TheoryData<string>();
        foreach (var q in Queries)
        {
            data.Add(q);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(QueryData))]
    public void SameMarksAndFragmentsAsLucenesHighlighter(string q)
    {
        var built = QueryBuilder.Build(UserQuery.Parse(q))!;
        var compared = 0;
        foreach (var text in Texts())
        {
            foreach (var whole in new[] { true, false })
            {
                var expected = Reference(built.Highlight, text, whole);
                Assert.Equal(expected, SnippetMaker.Mark(built.Snippets, text, whole));
                compared += expected is null ? 0 : 1;
            }
        }
        Assert.True(compared > 0, $"nothing marked for {q}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain words")]
    [InlineData("\"Quoted\" & <b>bold</b> it's 1/2")]
    [InlineData("Путин’s “speech” — 100 €, naïve 😀")]
    [InlineData("&&&")]
    public void TextIsEncodedAsLucenesEncoderEncodesIt(string text)
    {
        var html = new System.Text.StringBuilder();
        SnippetMaker.AppendEncoded(html, text);
        Assert.Equal(SimpleHTMLEncoder.HtmlEncode(text), html.ToString());
    }

    [Fact]
    public void ALongParagraphShowsItsBestFragmentsBetweenEllipses()
    {
        var filler = string.Concat(Enumerable.Repeat("Nothing to see in this sentence at all. ", 12));
        var text = filler + "The pipeline & the <port> were built. " + filler + "A pipeline again. " + filler;
        var snippet = SnippetMaker.Make(QueryBuilder.Build(UserQuery.Parse("pipeline port"))!.Snippets, text);
        Assert.StartsWith("… ", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>pipeline</mark> &amp; the &lt;<mark>port</mark>&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains(" … ", snippet.Trim('…', ' '), StringComparison.Ordinal);
        Assert.True(snippet.Length < text.Length / 2);
    }

    [Fact]
    public void TheStemmedFormIsMarkedOnlyWhenNoExactFormIsThere()
    {
        var snippets = QueryBuilder.Build(UserQuery.Parse("effort"))!.Snippets;
        Assert.Equal("our <mark>efforts</mark>", SnippetMaker.Mark(snippets, "our efforts", whole: true));
        Assert.Equal("our <mark>effort</mark> and efforts", SnippetMaker.Mark(snippets, "our effort and efforts", whole: true));
    }

    private static IEnumerable<string> Texts()
    {
        var paragraphs = File.ReadAllText(RepoPaths.Seed).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var p in paragraphs)
        {
            yield return p;
        }
        // Long texts, cut into fragments: neighbouring paragraphs joined.
        for (var i = 0; i + 3 < paragraphs.Length; i += 2)
        {
            yield return string.Join(' ', paragraphs[i..(i + 4)]);
        }
        yield return "We are <facing> the \"same\" challenges & threats: the heads of the heads of states, of the states' security.";
        yield return "Afghanistan's post-Soviet security; it is important, it is important, important.";
    }

    /// <summary>What SnippetMaker did before: Lucene's Highlighter, exact field then stemmed.</summary>
    private static string? Reference(Query query, string text, bool whole)
    {
        foreach (var field in new[] { SearchFields.TextExact, SearchFields.TextStem })
        {
            var scorer = new QueryScorer(query, field);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
            {
                MaxDocCharsToAnalyze = Math.Max(text.Length, 1),
                TextFragmenter = whole ? new NullFragmenter() : new SimpleSpanFragmenter(scorer, 220),
            };
            using var tokens = ArchiveAnalyzers.For(field).GetTokenStream(field, text);
            var fragments = highlighter.GetBestFragments(tokens, text, 2);
            if (fragments.Length > 0)
            {
                return whole ? fragments[0] : "… " + string.Join(" … ", fragments) + " …";
            }
        }
        return null;
    }
}
