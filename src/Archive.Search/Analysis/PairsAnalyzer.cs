using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CommonGrams;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Archive.Search.Analysis;

/// <summary>
/// The pairs of neighbouring words of which at least one is a <see cref="CommonWords">common word</see>,
/// each one term (<c>of_the</c>, <c>the_people</c>) at the position of its first word, and nothing
/// else: what Lucene's <see cref="CommonGramsFilter"/> over the exact analysis gives, keeping only its
/// pairs, made in one pass by <see cref="CommonPairsFilter"/>.
/// A phrase of common words is found through these (see <see cref="Querying.PhrasePairs"/>): "of the
/// people" is in far fewer paragraphs than "of", "the" and "people" each are.
/// </summary>
internal sealed class PairsAnalyzer : Analyzer
{
    /// <summary>What joins the two words of a pair into one term (<see cref="CommonGramsFilter"/>'s own).</summary>
    public const char Separator = '_';

    /// <summary>
    /// The words that make a pair: the most frequent words of English speech, lower-cased as the exact
    /// analysis leaves them. Changing the list changes the index: an index written with another list
    /// must be imported again (pairs the query looks for would be missing).
    /// </summary>
    public static CharArraySet CommonWords { get; } = new CharArraySet(ExactAnalyzer.Version,
        [
            "a", "about", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by",
            "can", "could", "do", "for", "from", "had", "has", "have", "he", "her", "him", "his", "i", "if",
            "in", "into", "is", "it", "its", "may", "me", "more", "must", "my", "no", "not", "now", "of",
            "on", "one", "or", "other", "our", "she", "should", "so", "such", "than", "that", "the", "their",
            "them", "then", "there", "these", "they", "this", "those", "to", "us", "very", "was", "we",
            "were", "what", "which", "who", "will", "with", "would", "you", "your",
        ], ignoreCase: false).AsReadOnly();

    private static readonly string[] Pairs = [CommonGramsFilter.GRAM_TYPE];

    private readonly bool _stock;

    /// <param name="stock">Lucene's own filters (<see cref="CommonGramsFilter"/>, then <see cref="TypeTokenFilter"/>), for the tests that hold <see cref="CommonPairsFilter"/> to them.</param>
    public PairsAnalyzer(bool stock = false) => _stock = stock;

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new FoldingReader(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(ExactAnalyzer.Version, reader) { MaxTokenLength = 255 };
        TokenStream stream = new FoldingLowerCaseFilter(tokenizer);
        if (_stock)
        {
            stream = new CommonGramsFilter(ExactAnalyzer.Version, stream, CommonWords);
            stream = new TypeTokenFilter(ExactAnalyzer.Version, stream, Pairs, useWhiteList: true);
        }
        else
        {
            stream = new CommonPairsFilter(stream, CommonWords);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The term of the pair <paramref name="first"/> <paramref name="second"/>, if it is one (either word common).</summary>
    public static string? Pair(string first, string second) =>
        CommonWords.Contains(first) || CommonWords.Contains(second) ? string.Concat(first, Separator.ToString(), second) : null;
}
