using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Archive.Tests;
using Lucene.Net.Search.Similarities;

namespace Archive.Search.Tests.Querying;

/// <summary>
/// A phrase narrowed by its pairs of words (<see cref="PhrasePairs"/>) finds exactly what the phrase
/// alone finds, with the same scores to the bit, over real speeches; and the pairs a phrase looks for
/// are the pairs the index holds.
/// </summary>
public sealed class PhrasePairsTests(MillerIndexFixture index) : IClassFixture<MillerIndexFixture>
{
    [Fact]
    public void TheIndexHoldsEveryPairWithACommonWordAtItsFirstWordsPlace()
    {
        var pairs = new List<(string Term, int Position)>();
        using var stream = ArchiveAnalyzers.Pairs.GetTokenStream(SearchFields.TextPairs, "Government of the People, by the \u201CPeople\u201D shall not perish");
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            pairs.Add((term.ToString(), position));
        }
        stream.End();
        // Neither "people" nor "shall" is common: no pair between them; "not" is.
        Assert.Equal(
            [("government_of", 0), ("of_the", 1), ("the_people", 2), ("people_by", 3), ("by_the", 4), ("the_people", 5), ("shall_not", 7), ("not_perish", 8)],
            pairs);
        // The query side names the same terms, and none for two words neither of which is common.
        Assert.Equal("of_the", PairsAnalyzer.Pair("of", "the"));
        Assert.Equal("not_perish", PairsAnalyzer.Pair("not", "perish"));
        Assert.Null(PairsAnalyzer.Pair("people", "shall"));
    }

    [Fact]
    public void OnePassGivesWhatLucenesCommonGramsFilterGivesOverRealSpeeches()
    {
        var stock = new PairsAnalyzer(stock: true);
        var data = Path.Combine(RepoPaths.Corpus, "miller-center-txt", "data");
        var tokens = 0;
        foreach (var file in Directory.GetFiles(data, "*.txt").Order(StringComparer.Ordinal).Take(120))
        {
            var text = File.ReadAllText(file);
            var expected = Tokens(stock, text);
            Assert.Equal(expected, Tokens(ArchiveAnalyzers.Pairs, text));
            tokens += expected.Count;
        }
        // The seed: typographic quotes, dashes and soft hyphens that fold, and empty words that leave a gap.
        var seed = File.ReadAllText(RepoPaths.Seed);
        Assert.Equal(Tokens(stock, seed), Tokens(ArchiveAnalyzers.Pairs, seed));
        Assert.Equal(Tokens(stock, "a \u00AD the people"), Tokens(ArchiveAnalyzers.Pairs, "a \u00AD the people"));
        Assert.True(tokens > 100_000, $"{tokens} pairs");
    }

    private static List<(string Term, int Position, int Start, int End)> Tokens(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream(SearchFields.TextPairs, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }

    [Theory]
    [InlineData("\"of the people\"")]
    [InlineData("\"the united states\"")]
    [InlineData("\"on the other hand\"")]
    [InlineData("\"it is\"")]
    [InlineData("\"it is my duty\" -war")]
    [InlineData("\"the people\" OR \"the nation\"")]
    [InlineData("\"we have\" -war")]
    [InlineData("peace-and-friendship")]
    public void NarrowedByItsPairsAPhraseFindsWhatItFindsAloneWithTheSameScores(string q)
    {
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        var narrowed = QueryBuilder.Build(UserQuery.Parse(q), phrasePairs: true)!.Search;
        var alone = QueryBuilder.Build(UserQuery.Parse(q), phrasePairs: false)!.Search;
        Assert.NotEqual(alone.ToString(), narrowed.ToString());
        var expected = searcher.Search(alone, index.Searcher.Reader.MaxDoc);
        var actual = searcher.Search(narrowed, index.Searcher.Reader.MaxDoc);
        Assert.True(expected.TotalHits > 0, q);
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, BitConverter.SingleToInt32Bits(d.Score))), actual.ScoreDocs.Select(d => (d.Doc, BitConverter.SingleToInt32Bits(d.Score))));
    }

    [Fact]
    public void APhraseWithoutACommonWordIsLeftAsItIs()
    {
        var built = QueryBuilder.Build(UserQuery.Parse("\"foreign policy\""), phrasePairs: true)!;
        Assert.IsType<PhraseQuery>(built.Search);
    }

    [Fact]
    public void ThePairsNarrowTheParagraphsThePhraseReads()
    {
        // Paragraphs that hold every word of "of the people" against those holding its pairs in order:
        // the pairs must leave far fewer for the phrase to read, or they pay nothing.
        var searcher = new IndexSearcher(index.Searcher.Reader);
        var words = new BooleanQuery();
        foreach (var word in new[] { "of", "the", "people" })
        {
            words.Add(new TermQuery(new Term(SearchFields.TextExact, word)), Occur.MUST);
        }
        var pairs = new PhraseQuery { { new Term(SearchFields.TextPairs, "of_the"), 0 }, { new Term(SearchFields.TextPairs, "the_people"), 1 } };
        var phrase = new PhraseQuery { new Term(SearchFields.TextExact, "of"), new Term(SearchFields.TextExact, "the"), new Term(SearchFields.TextExact, "people") };
        var withWords = searcher.Search(words, 1).TotalHits;
        var withPairs = searcher.Search(pairs, 1).TotalHits;
        Assert.Equal(searcher.Search(phrase, 1).TotalHits, withPairs);
        Assert.True(withPairs * 3 < withWords, $"{withPairs} paragraphs with the pairs, {withWords} with the words");
    }
}
