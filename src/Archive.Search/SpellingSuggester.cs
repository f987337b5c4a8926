using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search;

/// <summary>
/// "Did you mean": a word that is rare or absent in the exact field is replaced by the indexed
/// word closest to it (fewest edits, then most paragraphs). Lucene.Net.Suggest, which holds
/// DirectSpellChecker, is not among the packages served here; this does the same with core's
/// <see cref="FuzzyTermsEnum"/> over the term dictionary.
/// </summary>
internal static class SpellingSuggester
{
    /// <summary>A word in at most this many paragraphs may be a misspelling.</summary>
    private const int RareDocFreq = 2;
    private const int MinLength = 4;

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
            var tokens = QueryBuilder.Analyze(ArchiveAnalyzers.Exact, SearchFields.TextExact, word);
            if (tokens is not [var token] || token.Length < MinLength || !token.All(char.IsLetter))
            {
                continue;
            }
            var docFreq = reader.DocFreq(new Term(SearchFields.TextExact, token));
            if (docFreq > RareDocFreq || Closest(terms, token, docFreq) is not { } better)
            {
                continue;
            }
            var cased = char.IsUpper(word[0]) ? char.ToUpper(better[0], CultureInfo.InvariantCulture) + better[1..] : better;
            suggestion = Regex.Replace(suggestion, $@"(?<!\w){Regex.Escape(word)}(?!\w)", cased.Replace("$", "$$", StringComparison.Ordinal),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        return suggestion == text ? null : suggestion;
    }

    private static string? Closest(Terms terms, string token, int docFreq)
    {
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(SearchFields.TextExact, token), 2f, 1, true);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFreq = docFreq;
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            var freq = fuzzy.DocFreq;
            if (freq <= docFreq || candidate == token)
            {
                continue;
            }
            var distance = Distance(token, candidate);
            if (distance < bestDistance || (distance == bestDistance && freq > bestFreq))
            {
                (best, bestDistance, bestFreq) = (candidate, distance, freq);
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
