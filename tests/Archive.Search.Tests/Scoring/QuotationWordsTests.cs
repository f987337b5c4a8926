using Archive.Records;
using Archive.Search.Querying;
using Archive.Search.Scoring;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search.Tests.Scoring;

/// <summary>
/// A near-quote's words scored by <see cref="QuotationWords"/> must match the paragraphs Lucene's
/// minimum-should-match scorer matches, with the same scores to the bit, repeated words included.
/// </summary>
public sealed class QuotationWordsTests(MillerIndexFixture index) : IClassFixture<MillerIndexFixture>
{
    [Theory]
    // "the" and "people" twice; stop words with no stem.
    [InlineData("government of the people by the people")]
    [InlineData("the people of the united states")]
    // Twelve words, two may be missing.
    [InlineData("in the sight of heaven the people of the united states of america")]
    [InlineData("to preserve protect and defend the constitution")]
    public void MatchesAndScoresAreLucenes(string quotation)
    {
        var matches = QueryBuilder.Build(UserQuery.Parse(quotation))!.Matches!;
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        var words = QuotationWords.Of(matches, searcher);
        Assert.NotNull(words);
        MillerIndexFixture.AssertSameScores(searcher, matches, words.Score);
    }

    [Theory]
    [InlineData("government of the people by the people", 10)]
    [InlineData("the people of the united states", 20)]
    public void WithABoundEveryMatchIsGivenAndTheBestAsLuceneScoresThem(string quotation, int best)
    {
        var matches = QueryBuilder.Build(UserQuery.Parse(quotation))!.Matches!;
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        var words = QuotationWords.Of(matches, searcher)!;
        var lucene = searcher.Search(matches, searcher.IndexReader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        var lowered = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var ours = new Dictionary<int, float>();
            var recorder = new MillerIndexFixture.Recorder(leaf.DocBase, ours);
            words.Score(leaf, recorder, best);

            Assert.True(recorder.InOrder);
            var theirs = lucene.Where(d => ReaderUtil.SubIndex(d.Key, searcher.IndexReader.Leaves) == leaf.Ord).ToDictionary();
            Assert.Equal(theirs.Keys.Order(), ours.Keys.Order());
            Assert.True(theirs.Count > best, $"{quotation}: {theirs.Count}");
            // The part's best, in the order a collector keeps them (score, then document), to the bit.
            var top = Best(theirs, best);
            Assert.Equal(top, Best(ours, best));
            // Every other match below them, never above its own score.
            var least = top.Min(d => BitConverter.Int32BitsToSingle(d.Bits));
            foreach (var (doc, score) in ours.Where(d => !top.Any(t => t.Doc == d.Key)))
            {
                Assert.True(score <= theirs[doc], $"{doc}: {score} above its own {theirs[doc]}");
                Assert.True(score < theirs[doc] ? score < least : score <= least, $"{doc}: {score} against {least}");
                lowered += score < theirs[doc] ? 1 : 0;
            }
        }
        // The bound let some matches go before their common words were scored.
        Assert.True(lowered > 0);
    }

    private static List<(int Doc, int Bits)> Best(Dictionary<int, float> scores, int best) =>
        [.. scores.OrderByDescending(d => d.Value).ThenBy(d => d.Key).Take(best).Select(d => (d.Key, BitConverter.SingleToInt32Bits(d.Value)))];

    [Fact]
    public void OtherQueriesAreLeftToLucene()
    {
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        // A hyphenated word is a phrase; a word alone or two words are no quotation.
        Assert.Null(QuotationWords.Of(QueryBuilder.Build(UserQuery.Parse("the well-being of the people of the states"))!.Matches!, searcher));
        Assert.Null(QuotationWords.Of(QueryBuilder.Build(UserQuery.Parse("government"))!.Search, searcher));
        Assert.Null(QuotationWords.Of(QueryBuilder.Build(UserQuery.Parse("government people"))!.Search, searcher));
    }

    [Fact]
    public void ASearchRanksAsWithLucenesScorer()
    {
        using var lucene = new TranscriptSearcher(index.DataDir, SearchEngineOptions.Default with { QuotationWords = false });
        foreach (var quotation in new[] { "government of the people by the people", "to preserve protect and defend the constitution" })
        {
            var ours = index.Searcher.Search(new SearchRequest(quotation, PageSize: 100));
            var theirs = lucene.Search(new SearchRequest(quotation, PageSize: 100));
            Assert.Equal(theirs.Total, ours.Total);
            Assert.Equal(theirs.Groups.SelectMany(g => g.Hits.Select(h => h.Id + "/" + h.N)), ours.Groups.SelectMany(g => g.Hits.Select(h => h.Id + "/" + h.N)));
        }
    }

    [Fact]
    public void AcrossABreakMatchesAndScoresAreLucenes()
    {
        // Near-quotes made of the last words of a paragraph and the first of the next, one break in
        // five of every transcript: each finds its own pair, and often others that share its words.
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        var leaves = searcher.IndexReader.Leaves;
        var (quotations, matched, parts) = (0, 0, new HashSet<int>());
        foreach (var transcript in RecordsFile.ReadAll(index.DataDir))
        {
            var text = transcript.Paragraphs.Where(p => p.Kind == ParagraphKind.Text).Select(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
            for (var k = 0; k + 1 < text.Count; k += 5)
            {
                var quotation = string.Join(' ', text[k].TakeLast(4).Concat(text[k + 1].Take(4)));
                if (PassageQuery.For(UserQuery.Parse(quotation)) is not { Matches: var matches } || QuotationWords.Of(matches, searcher) is not { } words)
                {
                    continue;
                }
                quotations++;
                var expected = searcher.Search(matches, searcher.IndexReader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => BitConverter.SingleToInt32Bits(d.Score));
                var actual = new Dictionary<int, float>();
                foreach (var leaf in leaves)
                {
                    var recorder = new MillerIndexFixture.Recorder(leaf.DocBase, actual);
                    words.Score(leaf, recorder);
                    Assert.True(recorder.InOrder);
                }
                Assert.Equal(expected, actual.ToDictionary(d => d.Key, d => BitConverter.SingleToInt32Bits(d.Value)));
                matched += expected.Count;
                parts.UnionWith(expected.Keys.Select(d => ReaderUtil.SubIndex(d, leaves)));
            }
        }
        Assert.True(quotations > 100, $"{quotations} quotations");
        Assert.True(matched >= quotations, $"{matched} passages matched by {quotations} quotations");
        Assert.Equal(2, parts.Count);
    }
}
