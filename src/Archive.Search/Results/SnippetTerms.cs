using Archive.Search.Indexing;
using Lucene.Net.Search;

namespace Archive.Search.Results;

/// <summary>
/// What a search marks in snippets, taken once from its highlight query: per text field, the terms
/// marked wherever they stand (loose words) and the phrases marked only where they stand whole.
/// Excluded words (NOT) are never marked; venue and speaker words are not in the text.
/// </summary>
internal sealed class SnippetTerms
{
    private SnippetTerms()
    {
    }

    /// <summary>Terms and phrases of <see cref="SearchFields.TextExact"/>.</summary>
    public FieldTerms Exact { get; } = new();

    /// <summary>Terms of <see cref="SearchFields.TextStem"/> (phrases are only ever exact).</summary>
    public FieldTerms Stem { get; } = new();

    public static SnippetTerms From(Query query)
    {
        var terms = new SnippetTerms();
        terms.Add(query);
        return terms;
    }

    private void Add(Query query)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (!clause.IsProhibited)
                    {
                        Add(clause.Query);
                    }
                }
                break;
            case TermQuery term:
                For(term.Term.Field)?.Loose.Add(term.Term.Text);
                break;
            case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } words:
                For(words[0].Field)?.AddPhrase([.. words.Select(w => w.Text)], phrase.GetPositions());
                break;
        }
    }

    private FieldTerms? For(string field) => field switch
    {
        SearchFields.TextExact => Exact,
        SearchFields.TextStem => Stem,
        _ => null,
    };

    /// <summary>One field's terms: marked anywhere, or as part of a whole phrase.</summary>
    internal sealed class FieldTerms
    {
        public HashSet<string> Loose { get; } = new(StringComparer.Ordinal);

        public List<(string[] Terms, int[] Positions)> Phrases { get; } = [];

        /// <summary>Every term of a phrase, so a token that is in none can be passed over at once.</summary>
        public HashSet<string> PhraseTerms { get; } = new(StringComparer.Ordinal);

        public bool IsEmpty => Loose.Count == 0 && Phrases.Count == 0;

        public void AddPhrase(string[] terms, int[] positions)
        {
            var first = positions[0];
            Phrases.Add((terms, [.. positions.Select(p => p - first)]));
            PhraseTerms.UnionWith(terms);
        }
    }
}
