using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Scoring;
using Archive.Tests;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search.Tests.Querying;

/// <summary>
/// A phrase of frequent words searched through its pairs (<see cref="PairsPhraseQuery"/>) finds exactly
/// what Lucene's phrase over its words finds, with the same scores to the bit, over real speeches; and
/// the index holds a pair wherever two frequent words stand side by side.
/// </summary>
public sealed class PhrasePairsTests(MillerIndexFixture index) : IClassFixture<MillerIndexFixture>
{
    [Fact]
    public void APairIsTwoFrequentWordsSideBySideAtTheFirstWordsPlace()
    {
        Assert.Equal(
            [("government_of", 0, 0, 13), ("of_the", 1, 11, 17), ("the_people", 2, 14, 24), ("people_by", 3, 18, 28), ("by_the", 4, 26, 32), ("the_people", 5, 29, 40)],
            Pairs("Government of the People, by the \u201CPeople\u201D shall not perish"));
        // Not across a word the analysis drops but counts (one longer than 255 letters): "of" and "the" are not side by side.
        Assert.Equal([("the_people", 2, 304, 314)], Pairs("of " + new string('x', 300) + " the people"));
    }

    [Fact]
    public void OverRealSpeechesEveryTwoFrequentNeighboursAndNothingElseArePairs()
    {
        var data = Path.Combine(RepoPaths.Corpus, "miller-center-txt", "data");
        var pairs = 0;
        foreach (var file in Directory.GetFiles(data, "*.txt").Order(StringComparer.Ordinal).Take(120).Append(RepoPaths.Seed))
        {
            var text = File.ReadAllText(file);
            var words = Words(text);
            var expected = words.Zip(words.Skip(1))
                .Where(w => w.Second.Position == w.First.Position + 1 && PairsAnalyzer.IsPair(w.First.Term, w.Second.Term))
                .Select(w => (PairsAnalyzer.Pair(w.First.Term, w.Second.Term), w.First.Position, w.First.Start, w.Second.End))
                .ToList();
            Assert.Equal(expected, Pairs(text));
            pairs += expected.Count;
        }
        Assert.True(pairs > 100_000, $"{pairs} pairs");
    }

    [Theory]
    [InlineData("\"of the people\"")]
    [InlineData("\"the united states\"")]
    [InlineData("\"it is\"")]
    [InlineData("\"the people of the united states\"")]
    [InlineData("\"the people\" congress")]
    [InlineData("\"the people\" OR \"the nation\"")]
    [InlineData("\"we have\" -war")]
    [InlineData("\"of the\" \"the united\" peace")]
    public void ThroughItsPairsAPhraseFindsWhatLucenesPhraseFindsWithTheSameScores(string q)
    {
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        var pairs = QueryBuilder.Build(UserQuery.Parse(q), phrasePairs: true)!.Search;
        var words = QueryBuilder.Build(UserQuery.Parse(q), phrasePairs: false)!.Search;
        Assert.Contains("(by pairs)", pairs.ToString(), StringComparison.Ordinal);
        var expected = searcher.Search(words, index.Searcher.Reader.MaxDoc);
        var actual = searcher.Search(pairs, index.Searcher.Reader.MaxDoc);
        Assert.True(expected.TotalHits > 0, q);
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(Bits(expected), Bits(actual));
    }

    [Theory]
    [InlineData("\"foreign policy\"")]
    [InlineData("\"it is important\"")]
    [InlineData("government of the people by the people")]
    public void APhraseWithAWordOutsideTheListAndANearQuoteGoThroughTheirWords(string q) =>
        Assert.DoesNotContain("(by pairs)", QueryBuilder.Build(UserQuery.Parse(q), phrasePairs: true)!.Search.ToString(), StringComparison.Ordinal);

    [Fact]
    public void SnippetsMarkTheWordsOfAPhraseFoundThroughItsPairs()
    {
        var built = QueryBuilder.Build(UserQuery.Parse("\"of the people\""), phrasePairs: true)!;
        Assert.IsType<PairsPhraseQuery>(built.Search);
        Assert.IsType<PhraseQuery>(built.Highlight);
    }

    [Fact]
    public void AnIndexMadeWithAnotherListOfFrequentWordsFindsPhrasesThroughTheirWords()
    {
        using var current = new TranscriptSearcher(index.DataDir, SearchEngineOptions.Default);
        Assert.True(current.PhrasePairs);
        using var temp = new TempDir();
        var copy = temp.Combine("out");
        foreach (var file in Directory.GetFiles(index.DataDir, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(index.DataDir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        // As an import with a shorter list would have recorded it.
        foreach (var part in Directory.GetDirectories(Path.Combine(copy, "index")))
        {
            using var directory = Lucene.Net.Store.FSDirectory.Open(part);
            using var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, ArchiveAnalyzers.PerField) { OpenMode = OpenMode.APPEND });
            writer.SetCommitData(new Dictionary<string, string> { [PairsAnalyzer.CommitKey] = "of the" });
            writer.Commit();
        }

        using var other = new TranscriptSearcher(copy, SearchEngineOptions.Default);
        Assert.False(other.PhrasePairs);
        foreach (var q in new[] { "\"of the people\"", "\"the united states\"" })
        {
            var expected = current.Search(new SearchRequest(q));
            var actual = other.Search(new SearchRequest(q));
            Assert.True(expected.Total > 0, q);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Groups.SelectMany(g => g.Hits).Select(h => (h.Id, h.N)), actual.Groups.SelectMany(g => g.Hits).Select(h => (h.Id, h.N)));
        }
    }

    private static IEnumerable<(int Doc, int Score)> Bits(TopDocs docs) =>
        docs.ScoreDocs.Select(d => (d.Doc, BitConverter.SingleToInt32Bits(d.Score)));

    private static List<(string Term, int Position, int Start, int End)> Pairs(string text) => Tokens(ArchiveAnalyzers.Pairs, SearchFields.TextPairs, text);

    private static List<(string Term, int Position, int Start, int End)> Words(string text) => Tokens(ArchiveAnalyzers.Exact, SearchFields.TextExact, text);

    private static List<(string Term, int Position, int Start, int End)> Tokens(Lucene.Net.Analysis.Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
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
}
