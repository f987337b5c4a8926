using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Scoring;
using Archive.Search.Syntax;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>
/// Turns a parsed <see cref="UserQuery"/> into Lucene queries. A loose word matches in its exact
/// or its stemmed form; a quoted phrase matches word for word, in order, in the exact field;
/// <c>venue:</c> and <c>speaker:</c> match words of those fields, <c>collection:</c> a collection's
/// id whole (as the filter does). Six or more loose words are
/// also read as a half-remembered quotation (see <see cref="NearQuote"/>). With
/// <c>phrasePairs</c> (an index with <see cref="SearchFields.TextPairs"/>), a phrase of frequent words
/// is searched through its pairs (<see cref="PairsPhraseQuery"/>): the same hits and scores, found sooner.
/// Snippets always mark the words (<see cref="BuiltQuery.Highlight"/> is built without pairs).
/// </summary>
internal static class QueryBuilder
{
    /// <summary>From this many loose words on, a search is also treated as a quotation.</summary>
    public const int NearQuoteMinWords = 6;

    public static BuiltQuery? Build(UserQuery query, bool phrasePairs = false)
    {
        if (query.Root is null)
        {
            return null;
        }
        var terms = 0;
        var highlight = Root(query.Root, ref terms, pairs: false);
        if (highlight is null)
        {
            return null;
        }
        if (query.LooseWords is { Count: >= NearQuoteMinWords } words)
        {
            var (search, matches, boosts) = NearQuote(words, phrasePairs);
            return new BuiltQuery(search, highlight, terms, matches, boosts) { Passage = PassageQuery.For(query) };
        }
        var counted = 0;
        var found = phrasePairs ? Root(query.Root, ref counted, pairs: true)! : highlight;
        return new BuiltQuery(found, highlight, terms) { Passage = PassageQuery.For(query) };
    }

    private static Query? Root(QueryNode root, ref int terms, bool pairs) =>
        root is WordNode single ? Word(single.Text, ref terms, alone: true, pairs) : Node(root, ref terms, pairs);

    private static Query? Node(QueryNode node, ref int terms, bool pairs)
    {
        switch (node)
        {
            case WordNode word:
                return Word(word.Text, ref terms, alone: false, pairs);
            case PhraseNode phrase:
                return Words(SearchFields.TextExact, phrase.Text, ref terms, pairs);
            case FieldNode { Field: "collection" } collection:
                terms++;
                return new TermQuery(new Term(SearchFields.Collection, collection.Value.Trim().ToLowerInvariant()));
            case FieldNode field:
                return Words(field.Field == "venue" ? SearchFields.VenueText : SearchFields.SpeakerText, field.Value, ref terms, pairs: false);
            case NotNode negation:
                return Node(negation.Child, ref terms, pairs) is { } excluded
                    ? new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { excluded, Occur.MUST_NOT } }
                    : null;
            case AndNode conjunction:
                var all = new BooleanQuery();
                foreach (var child in conjunction.Children)
                {
                    var negated = child is NotNode;
                    if (Node(negated ? ((NotNode)child).Child : child, ref terms, pairs) is { } clause)
                    {
                        all.Add(clause, negated ? Occur.MUST_NOT : Occur.MUST);
                    }
                }
                if (all.Clauses.Count > 0 && all.Clauses.All(c => c.IsProhibited))
                {
                    // Only exclusions, as in "-Putin venue:Kremlin" less the venue: everything else.
                    all.Add(new MatchAllDocsQuery(), Occur.MUST);
                }
                return all.Clauses.Count == 0 ? null : all;
            case OrNode disjunction:
                var any = new BooleanQuery();
                foreach (var child in disjunction.Children)
                {
                    if (Node(child, ref terms, pairs) is { } clause)
                    {
                        any.Add(clause, Occur.SHOULD);
                    }
                }
                return any.Clauses.Count == 0 ? null : any;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node, "Unknown query node.");
        }
    }

    /// <summary>
    /// A quotation remembered with a word changed or missing: most of the words must match (all
    /// but one in six), and paragraphs where they stand together and in order rank first, through
    /// a sloppy phrase over all the words and a phrase for every pair of neighbouring words.
    /// </summary>
    /// <returns>The whole query; the part that decides what matches; the phrase boosts, which only add to the score (null without two words).</returns>
    private static (BooleanQuery Search, BooleanQuery Matches, BooleanQuery? Boosts) NearQuote(IReadOnlyList<string> words, bool pairs)
    {
        var terms = 0;
        var most = new BooleanQuery();
        var tokens = new List<string>();
        foreach (var word in words)
        {
            if (Node(new WordNode(word), ref terms, pairs) is { } clause)
            {
                most.Add(clause, Occur.SHOULD);
                tokens.AddRange(Analyze(ArchiveAnalyzers.Exact, SearchFields.TextExact, word));
            }
        }
        var allowance = Math.Max(1, most.Clauses.Count / 6);
        most.MinimumNumberShouldMatch = Math.Max(1, most.Clauses.Count - allowance);
        var root = new BooleanQuery { { most, Occur.MUST } };
        if (tokens.Count < 2)
        {
            return (root, most, null);
        }
        var boosts = new BooleanQuery();
        var sloppy = Phrase(SearchFields.TextExact, tokens);
        sloppy.Slop = 2;
        sloppy.Boost = 2;
        boosts.Add(sloppy, Occur.SHOULD);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            boosts.Add(Phrase(SearchFields.TextExact, [tokens[i], tokens[i + 1]]), Occur.SHOULD);
        }
        foreach (var clause in boosts.Clauses)
        {
            root.Add(clause.Query, Occur.SHOULD);
        }
        return (root, most, boosts);
    }

    private static Query? Word(string text, ref int terms, bool alone, bool pairs)
    {
        var tokens = Analyze(ArchiveAnalyzers.Exact, SearchFields.TextExact, text);
        terms += tokens.Count;
        // "post-Soviet" is two tokens: they must stand together, as written.
        return tokens.Count switch { 0 => null, 1 => ExactOrStem(tokens[0], alone), _ => ExactPhrase(tokens, pairs) };
    }

    /// <summary>
    /// A loose word: its exact form or its stem. Every paragraph with the exact form has its stem
    /// too (the stemmed field is the same tokens, stemmed), unless the word is a stop word, which
    /// has no stem. So with other words, the stem is required and the exact form only adds to the
    /// score: the same paragraphs and scores as either-or (BM25 does not weigh how many clauses
    /// match), but a conjunction walks one postings list per word, and the exact form's is only
    /// advanced to the paragraphs found. A word searched <paramref name="alone"/> stays either-or,
    /// which Lucene scores faster as a disjunction in bulk.
    /// </summary>
    private static BooleanQuery ExactOrStem(string token, bool alone)
    {
        var exact = new TermQuery(new Term(SearchFields.TextExact, token));
        var stems = Analyze(ArchiveAnalyzers.Stemmed, SearchFields.TextStem, token);
        if (!alone && stems is [var only])
        {
            return new BooleanQuery { { new TermQuery(new Term(SearchFields.TextStem, only)), Occur.MUST }, { exact, Occur.SHOULD } };
        }
        var either = new BooleanQuery { { exact, Occur.SHOULD } };
        foreach (var stem in stems)
        {
            either.Add(new TermQuery(new Term(SearchFields.TextStem, stem)), Occur.SHOULD);
        }
        return either;
    }

    private static Query? Words(string field, string text, ref int terms, bool pairs)
    {
        var tokens = Analyze(ArchiveAnalyzers.Exact, field, text);
        terms += tokens.Count;
        return tokens.Count switch
        {
            0 => null,
            1 => new TermQuery(new Term(field, tokens[0])),
            _ => field == SearchFields.TextExact ? ExactPhrase(tokens, pairs) : Phrase(field, tokens),
        };
    }

    /// <summary>The words in order in the exact field; through their pairs when <paramref name="pairs"/> and every pair is indexed.</summary>
    private static Query ExactPhrase(IReadOnlyList<string> tokens, bool pairs) =>
        (pairs ? PairsPhraseQuery.For(tokens) : null) ?? (Query)Phrase(SearchFields.TextExact, tokens);

    private static PhraseQuery Phrase(string field, IReadOnlyList<string> tokens)
    {
        var phrase = new PhraseQuery();
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token));
        }
        return phrase;
    }

    internal static List<string> Analyze(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var attribute = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(attribute.ToString());
        }
        stream.End();
        return terms;
    }
}
