using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Syntax;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>
/// A quotation searched across paragraph breaks, in <see cref="SearchFields.TextSpan"/>: each
/// document there holds the words at the end of its paragraph and at the start of the next
/// (<see cref="BreakSpan"/>), so a hit names the pair. Only a quotation has one: a search that is one
/// quoted phrase of two words or more, or a near-quote (six or more loose words). Single words, AND
/// searches, fields and operators never reach this field, so their hits and scores are as before.
/// <para>
/// A quoted phrase matches only where it crosses the break (two of its neighbouring words meet there
/// and the pair holds the whole phrase): one on either side of it is the paragraph's own hit. A near-quote's words are matched
/// as <see cref="QueryBuilder"/> matches them in a paragraph (all but one in six, boosted by the
/// phrases), two of them meeting at the break, and a pair that holds them is merged with the paragraphs on either side
/// (<see cref="Results.PassageMerge"/>), the better score deciding which is shown.
/// </para>
/// </summary>
/// <param name="Search">The whole query (matches and boosts), for results by date.</param>
/// <param name="Matches">What decides which pairs match, and their first score.</param>
/// <param name="Boosts">A near-quote's phrases, scored on the best candidates only; null for a quoted phrase.</param>
/// <param name="Tokens">The quotation's words as the exact analyzer reads them, to mark them in the two paragraphs.</param>
/// <param name="Exact">True for a quoted phrase, false for a near-quote.</param>
internal sealed record PassageQuery(Query Search, Query Matches, BooleanQuery? Boosts, IReadOnlyList<string> Tokens, bool Exact)
{
    /// <summary>The pair query for <paramref name="query"/>, or null when it is not a quotation.</summary>
    public static PassageQuery? For(UserQuery query)
    {
        switch (query.Root)
        {
            case PhraseNode phrase:
                return Quoted(QueryBuilder.Analyze(ArchiveAnalyzers.Exact, SearchFields.TextSpan, phrase.Text));
            case AndNode all when all.Children.All(c => c is PhraseNode or WordNode) && all.Children.Any(c => c is PhraseNode):
                // A pasted quotation with quotation marks of its own ("… said: “Never again.” And …")
                // reads as phrases and words side by side; a passage that holds them all in a row holds
                // each of them, as a paragraph that matches must.
                var tokens = all.Children.SelectMany(c => QueryBuilder.Analyze(ArchiveAnalyzers.Exact, SearchFields.TextSpan, c is PhraseNode p ? p.Text : ((WordNode)c).Text)).ToList();
                return tokens.Count >= MinPastedWords ? Quoted(tokens) : null;
            default:
                return query.LooseWords is { Count: >= QueryBuilder.NearQuoteMinWords } words ? Loose(words) : null;
        }
    }

    /// <summary>Words of phrases and words side by side that make a pasted quotation, not a search for a phrase and a word.</summary>
    private const int MinPastedWords = 6;

    /// <summary>
    /// What a passage's score is multiplied by when it is weighed against a paragraph of its own pair
    /// (<see cref="Results.PassageMerge"/>). A near-quote's words count in a paragraph twice (exact form
    /// and stem) and in a passage once (exact form), so a passage that holds the whole quotation would
    /// lose to a long paragraph that holds most of its words scattered; a quoted phrase is scored alike in both.
    /// </summary>
    public float OverlapWeight => Exact ? 1f : 2f;

    /// <summary>
    /// The phrase where it crosses the break: two neighbouring words of it meet there (one of their
    /// terms at the break, <see cref="BreakSpan.Joins"/>: rare, so read first), and the pair's words
    /// hold the whole phrase, which ranks it as a phrase in a paragraph is ranked. A phrase of more than
    /// <see cref="BreakSpan.Width"/> + 1 words may hold more words of one paragraph than the field keeps:
    /// then every run of that many consecutive words of it is tried, and the pair must hold one.
    /// (Only text that repeats itself within the pair's 24 words could hold the phrase elsewhere than
    /// across the break while two of its words meet there.)
    /// </summary>
    private static PassageQuery? Quoted(List<string> tokens)
    {
        if (tokens.Count < 2)
        {
            return null;
        }
        var length = Math.Min(tokens.Count, BreakSpan.Width + 1);
        var runs = new BooleanQuery();
        for (var start = 0; start + length <= tokens.Count; start++)
        {
            runs.Add(Phrase(tokens.Skip(start).Take(length).ToList()), Occur.SHOULD);
        }
        var matches = new BooleanQuery
        {
            { Joins(tokens, wider: false), Occur.MUST },
            { runs.Clauses.Count == 1 ? runs.Clauses[0].Query : runs, Occur.MUST },
        };
        return new PassageQuery(matches, matches, null, tokens, Exact: true);
    }

    /// <summary>A near-quote's words and phrases, as <see cref="QueryBuilder"/> builds them, in the pair's field.</summary>
    private static PassageQuery? Loose(IReadOnlyList<string> words)
    {
        var most = new BooleanQuery();
        var tokens = new List<string>();
        foreach (var word in words)
        {
            var wordTokens = QueryBuilder.Analyze(ArchiveAnalyzers.Exact, SearchFields.TextSpan, word);
            if (wordTokens.Count == 0)
            {
                continue;
            }
            most.Add(wordTokens.Count == 1 ? new TermQuery(new Term(SearchFields.TextSpan, wordTokens[0])) : Phrase(wordTokens), Occur.SHOULD);
            tokens.AddRange(wordTokens);
        }
        if (most.Clauses.Count < 2 || tokens.Count < 2)
        {
            return null;
        }
        var allowance = Math.Max(1, most.Clauses.Count / 6);
        most.MinimumNumberShouldMatch = Math.Max(1, most.Clauses.Count - allowance);
        // The words must meet at the break: two of them, in order, one on each side of it, side by
        // side or one word apart (a word of the quotation misremembered or left out at the break).
        // Otherwise a pair whose paragraph holds the words on its own, or a short paragraph whole,
        // would be found a second time.
        var matches = new BooleanQuery { { Joins(tokens, wider: true), Occur.MUST }, { most, Occur.MUST } };
        var boosts = new BooleanQuery();
        var sloppy = Phrase(tokens);
        sloppy.Slop = 2;
        sloppy.Boost = 2;
        boosts.Add(sloppy, Occur.SHOULD);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            boosts.Add(Phrase([tokens[i], tokens[i + 1]]), Occur.SHOULD);
        }
        var search = new BooleanQuery { { matches, Occur.MUST } };
        foreach (var clause in boosts.Clauses)
        {
            search.Add(clause.Query, Occur.SHOULD);
        }
        return new PassageQuery(search, matches, boosts, tokens, Exact: false);
    }

    /// <summary>
    /// The pairs where two neighbouring <paramref name="tokens"/> meet at the break side by side, one
    /// term each (<see cref="BreakSpan.Joins"/>); <paramref name="wider"/>: or one word apart, and so may
    /// tokens with one between them in the list (a word misremembered, left out or added at the break).
    /// Scored 0: it picks pairs, the words rank them.
    /// </summary>
    private static BooleanQuery Joins(IReadOnlyList<string> tokens, bool wider)
    {
        var any = new BooleanQuery { Boost = 0 };
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var reach = wider ? 2 : 1;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            for (var j = i + 1; j <= i + reach && j < tokens.Count; j++)
            {
                for (var apart = 1; apart <= reach; apart++)
                {
                    var term = BreakSpan.Join(tokens[i], tokens[j], apart);
                    if (terms.Add(term))
                    {
                        any.Add(new TermQuery(new Term(SearchFields.TextSpan, term)), Occur.SHOULD);
                    }
                }
            }
        }
        return any;
    }

    private static PhraseQuery Phrase(IReadOnlyList<string> tokens)
    {
        var phrase = new PhraseQuery();
        foreach (var token in tokens)
        {
            phrase.Add(new Term(SearchFields.TextSpan, token));
        }
        return phrase;
    }
}
