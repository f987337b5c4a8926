using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Archive.Search.Analysis;

/// <summary>
/// The pairs of neighbouring words that are both <see cref="Frequent">frequent words</see>, each one
/// term (<c>of_the</c>, <c>the_people</c>) at the position of its first word, and nothing else
/// (<see cref="FrequentPairsFilter"/> over the exact analysis). A phrase made only of frequent words
/// is matched and counted through its pairs (<see cref="Scoring.PairsPhraseQuery"/>): "of the people"
/// is <c>of_the</c> followed by <c>the_people</c>, a few positions in the paragraphs that hold it,
/// where its words are every position of "of", "the" and "people" in most paragraphs.
/// </summary>
internal sealed class PairsAnalyzer : Analyzer
{
    /// <summary>What joins the two words of a pair into one term (as Lucene's <c>CommonGramsFilter</c> joins them).</summary>
    public const char Separator = '_';

    /// <summary>
    /// The 100 most frequent words of the archive's two sources (the English pages of en.kremlin.ru and
    /// the Miller Center's speeches, 6.6 million words, counted in December 2026), as the exact analysis
    /// writes them, leaving out "kremlin", "news", "ru" and "en", which the pages' addresses count, and
    /// "mr": they make up half of all words. A phrase with a word outside the list has a rarer
    /// word to start from and needs no pairs. Changing the list changes the index: an index written with
    /// another list is searched through words (<see cref="CommitKey"/>) until it is imported again.
    /// </summary>
    public static CharArraySet Frequent { get; } = new CharArraySet(ExactAnalyzer.Version,
        [
            "the", "of", "and", "to", "in", "a", "that", "is", "we", "for", "this", "i", "it", "our", "be",
            "on", "have", "with", "as", "are", "will", "by", "you", "not", "all", "president", "which", "has",
            "at", "but", "from", "their", "was", "they", "been", "or", "people", "an", "would", "russia",
            "there", "government", "putin", "these", "can", "states", "its", "so", "more", "who", "do",
            "vladimir", "should", "them", "other", "one", "what", "now", "were", "us", "united", "no",
            "russian", "about", "under", "if", "also", "your", "new", "such", "country", "year", "work", "must",
            "international", "any", "state", "very", "my", "he", "time", "those", "had", "his", "than", "world",
            "great", "when", "may", "like", "years", "well", "only", "some", "congress", "first", "made",
            "executive", "said", "many",
        ], ignoreCase: false).AsReadOnly();

    /// <summary>The key under which each index part's commit names the list its pairs were made with (<see cref="FrequentList"/>).</summary>
    public const string CommitKey = "archive.pairs.frequent";

    /// <summary>
    /// The list as the index records it: its words in order, one space between. The searcher finds
    /// phrases through their pairs only in an index made with this very list; in another (or one
    /// without it) it matches every phrase through its words: the same hits, only slower.
    /// </summary>
    public static string FrequentList { get; } = string.Join(' ', Frequent.Select(w => w.ToString()).Order(StringComparer.Ordinal));

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new FoldingReader(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(ExactAnalyzer.Version, reader) { MaxTokenLength = 255 };
        return new TokenStreamComponents(tokenizer, new FrequentPairsFilter(new FoldingLowerCaseFilter(tokenizer)));
    }

    /// <summary>Whether the neighbouring words <paramref name="first"/> and <paramref name="second"/> are indexed as a pair.</summary>
    public static bool IsPair(string first, string second) => Frequent.Contains(first) && Frequent.Contains(second);

    /// <summary>The term of the pair <paramref name="first"/> <paramref name="second"/>.</summary>
    public static string Pair(string first, string second) => string.Concat(first, Separator.ToString(), second);
}
