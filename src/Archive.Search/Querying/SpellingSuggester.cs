using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Querying;

/// <summary>
/// "Did you mean": a word is replaced by an indexed word at most two edits from it (same first
/// letter; fewest edits, then most paragraphs) when the word is absent from the exact field, or
/// when it is there but rare beside that word: in at most 1/<see cref="Ratio"/> as many
/// paragraphs, and not merely another form of it (the same stem, which the search already finds).
/// So "sovereignity", which has no paragraph of its own but whose stem "sovereign" finds many,
/// still gets "sovereignty". A word the index holds is questioned only when its stem finds at most
/// <see cref="MaxTypoHits"/> paragraphs: a typo in edited text is nearly always alone, and every
/// other word is spared the walk over the term dictionary (which showed in rare words' p99).
/// Lucene.Net.Suggest, which holds DirectSpellChecker (whose "more popular" mode and defaults
/// this follows), is not among the packages served here; this does the same with core's
/// <see cref="FuzzyTermsEnum"/>.
/// </summary>
internal static class SpellingSuggester
{
    /// <summary>How many times more paragraphs a word's neighbour must have for a word that is in the index to be questioned.</summary>
    internal const int Ratio = 50;
    private const int MaxTypoHits = 3;
    private const int MinLength = 4;
    private const int MinPresentLength = 6;
    private const int MaxEdits = 2;

    public static string? Suggest(IndexReader reader, string text, IEnumerable<string> words)
    {
        var terms = MultiFields.GetTerms(reader, SearchFields.TextExact);
        if (terms is null)
        {
            return null;
        }
        var suggestion = text;
        foreach (var word in words.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (Better(reader, terms, word) is not { } better)
            {
                continue;
            }
            var cased = char.IsUpper(word[0]) ? char.ToUpper(better[0], CultureInfo.InvariantCulture) + better[1..] : better;
            try
            {
                suggestion = Regex.Replace(suggestion, $@"(?<!\w){Regex.Escape(word)}(?!\w)", cased.Replace("$", "$$", StringComparison.Ordinal),
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            }
            catch (RegexMatchTimeoutException)
            {
                // Only a starved CPU makes this literal pattern time out (a 500 was seen once in bench/replicas.sh):
                // the search is answered without this word's suggestion.
            }
        }
        return suggestion == text ? null : suggestion;
    }

    /// <summary>The indexed word to suggest instead of <paramref name="word"/>, or null when it should stand.</summary>
    internal static string? Better(IndexReader reader, Terms terms, string word)
    {
        var tokens = QueryBuilder.Analyze(ArchiveAnalyzers.Exact, SearchFields.TextExact, word);
        if (tokens is not [var token] || token.Length < MinLength || !token.All(char.IsLetter))
        {
            return null;
        }
        var docFreq = reader.DocFreq(new Term(SearchFields.TextExact, token));
        if (docFreq == 0)
        {
            return Closest(terms, token, MaxEdits, 1, null);
        }
        // Present: a real word far more often than a typo, so only a long word, one edit (two past
        // ten letters) from a word of another stem in Ratio times as many paragraphs as the word's
        // own stem finds (a real word's other forms count for it; a typo has none).
        var stem = Stem(token);
        var hits = Math.Max(docFreq, stem is null ? 0 : reader.DocFreq(new Term(SearchFields.TextStem, stem)));
        if (token.Length < MinPresentLength || hits > MaxTypoHits)
        {
            return null;
        }
        return Closest(terms, token, token.Length > 10 ? 2 : 1, (long)hits * Ratio, stem);
    }

    private static string? Closest(Terms terms, string token, int maxEdits, long minFreq, string? stem)
    {
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(SearchFields.TextExact, token), maxEdits, 1, true);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFreq = 0;
        while (fuzzy.MoveNext())
        {
            var freq = fuzzy.DocFreq;
            if (freq < minFreq)
            {
                continue;
            }
            var candidate = fuzzy.Term.Utf8ToString();
            if (candidate == token || !candidate.All(char.IsLetter) || (stem is not null && Stem(candidate) == stem))
            {
                continue;
            }
            var distance = EditDistance.Of(token, candidate);
            if (distance < bestDistance || (distance == bestDistance && freq > bestFreq))
            {
                (best, bestDistance, bestFreq) = (candidate, distance, freq);
            }
        }
        return best;
    }

    private static string? Stem(string token) =>
        QueryBuilder.Analyze(ArchiveAnalyzers.Stemmed, SearchFields.TextStem, token) is [var stem] ? stem : null;
}
