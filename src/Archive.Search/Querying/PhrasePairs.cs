using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>
/// A phrase of the exact field found through its pairs of words first. "of the people" as words is
/// every paragraph with "of", "the" and "people", whose positions Lucene's phrase scorer reads to
/// find the few where they stand together; as pairs (<see cref="SearchFields.TextPairs"/>) it is the
/// paragraphs with <c>of_the</c> followed by <c>the_people</c>, most of which hold the phrase.
/// The pairs only narrow where the phrase is looked for: the phrase itself still decides what
/// matches and scores it, so hits and scores are the same with the pairs or without.
/// </summary>
internal static class PhrasePairs
{
    /// <summary>
    /// <paramref name="phrase"/> (of <paramref name="tokens"/>, in the exact field) required together with
    /// its pairs, or the phrase alone when none of its neighbouring words makes a pair.
    /// </summary>
    public static Query Narrow(PhraseQuery phrase, IReadOnlyList<string> tokens)
    {
        var pairs = new PhraseQuery();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (PairsAnalyzer.Pair(tokens[i], tokens[i + 1]) is { } pair)
            {
                // At its first word's place in the phrase: the pairs must follow one another as the words do.
                pairs.Add(new Term(SearchFields.TextPairs, pair), i);
            }
        }
        if (pairs.GetTerms().Length == 0)
        {
            return phrase;
        }
        // Required but worth nothing: the sum of the two is the phrase's own score, to the bit
        // (BM25 gives every clause of a conjunction a coordination factor of 1).
        return new BooleanQuery
        {
            { phrase, Occur.MUST },
            { new ConstantScoreQuery(pairs) { Boost = 0 }, Occur.MUST },
        };
    }
}
