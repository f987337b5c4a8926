using Archive.Records;
using Archive.Search.Querying;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search.Tests.Scoring;

/// <summary>Quotations remembered nearly right still find their paragraph, above a paragraph that shares most of the words.</summary>
public sealed class NearQuoteTests(SyntheticIndexFixture index) : IClassFixture<SyntheticIndexFixture>
{
    [Theory]
    [InlineData("I would like to thank all of you for the hard labour you have done this year")]
    [InlineData("I would like to thank all of you for hard work you have done this year")]
    [InlineData("would like to thank you all for the hard work")]
    [InlineData("i'd like to thank all of you for the hard work you have done")]
    public void AQuotationWithAWordChangedOrMissingFindsItsParagraphFirst(string q) =>
        Assert.Equal("year-end-meeting/1", index.Find(q).First());

    [Fact]
    public void ExactQuotationInQuotesFindsOnlyItsParagraph() =>
        Assert.Equal(["year-end-meeting/1"], index.Find("\"hard work you have done this year\""));

    [Fact]
    public void FewerThanSixLooseWordsMustAllMatch() =>
        Assert.Empty(index.Find("thank governors hard labour"));
}

/// <summary>A near-quote's phrase boosts, scored afterwards on the best candidates only, rank as the whole query does.</summary>
public sealed class NearQuoteRescoreTests(SyntheticIndexFixture index) : IClassFixture<SyntheticIndexFixture>
{
    [Theory]
    [InlineData("would like to thank all for work this year")]
    [InlineData("the people of crimea voted spoke")]
    public void SameOrderAndScoresAsTheWholeQuery(string q)
    {
        var built = QueryBuilder.Build(UserQuery.Parse(q))!;
        Assert.NotNull(built.Matches);
        Assert.NotNull(built.Boosts);
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        var whole = searcher.Search(built.Search, 100).ScoreDocs;
        var rescored = index.Searcher.Rescore(searcher.Search(built.Matches, 100), built.Boosts, 100).ScoreDocs;

        Assert.True(whole.Length > 1);
        Assert.Equal(whole.Select(d => d.Doc), rescored.Select(d => d.Doc));
        Assert.Equal(whole.Select(d => d.Score), rescored.Select(d => d.Score), (a, b) => Math.Abs(a - b) < 1e-4f);
    }

    [Fact]
    public void OnlyTheWindowIsKept()
    {
        var built = QueryBuilder.Build(UserQuery.Parse("the people of crimea voted spoke"))!;
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        var first = searcher.Search(built.Matches!, 100);
        var rescored = index.Searcher.Rescore(first, built.Boosts!, 2);
        Assert.Equal(2, rescored.ScoreDocs.Length);
        Assert.Equal(first.TotalHits, rescored.TotalHits);
        Assert.Equal(searcher.Search(built.Search, 2).ScoreDocs.Select(d => d.Doc), rescored.ScoreDocs.Select(d => d.Doc));
    }
}

/// <summary>
/// The same on real speeches, with quotations misremembered (a word left out) from paragraphs and
/// from across breaks: every match rescored ranks as the whole query; and the sloppy phrase, which the
/// rescorer sends only the candidates whose words stand near enough together, raises some of the best.
/// </summary>
public sealed class NearQuoteRescoreOnSpeechesTests(MillerIndexFixture index) : IClassFixture<MillerIndexFixture>
{
    [Fact]
    public void SameOrderAndScoresAsTheWholeQuery()
    {
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        var (quotations, raisedInParagraphs, raisedAcross) = (0, 0, 0);
        foreach (var transcript in RecordsFile.ReadAll(index.DataDir).Take(20))
        {
            var text = transcript.Paragraphs.Where(p => p.Kind == ParagraphKind.Text).Select(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
            for (var k = 0; k + 1 < text.Count; k += 6)
            {
                // Nine words with the fourth left out: from within the paragraph, and across its end.
                foreach (var words in new[] { text[k].Skip(1).Take(9).ToList(), text[k].TakeLast(5).Concat(text[k + 1].Take(4)).ToList() })
                {
                    if (words.Count < 9)
                    {
                        continue;
                    }
                    words.RemoveAt(3);
                    var built = QueryBuilder.Build(UserQuery.Parse(string.Join(' ', words)))!;
                    quotations++;
                    raisedInParagraphs += RanksAsTheWholeQuery(searcher, built.Search, built.Matches!, built.Boosts!);
                    raisedAcross += RanksAsTheWholeQuery(searcher, built.Passage!.Search, built.Passage.Matches, built.Passage.Boosts!);
                }
            }
        }
        Assert.True(quotations > 50, $"{quotations} quotations");
        Assert.True(raisedInParagraphs > quotations / 2, $"{raisedInParagraphs} of the paragraphs found raised by the sloppy phrase");
        Assert.True(raisedAcross > 0, $"{raisedAcross} of the passages found raised by the sloppy phrase");
    }

    /// <summary>Asserts the rescored matches rank as the whole query; returns how many of its best the sloppy phrase matches.</summary>
    private int RanksAsTheWholeQuery(IndexSearcher searcher, Query search, Query matches, BooleanQuery boosts)
    {
        var whole = searcher.Search(search, 20).ScoreDocs;
        var rescored = index.Searcher.Rescore(searcher.Search(matches, searcher.IndexReader.MaxDoc), boosts, 20).ScoreDocs;
        Assert.Equal(whole.Select(d => d.Doc), rescored.Select(d => d.Doc));
        Assert.Equal(whole.Select(d => d.Score), rescored.Select(d => d.Score), (a, b) => Math.Abs(a - b) < 1e-4f);
        var sloppy = boosts.Clauses.Select(c => c.Query).OfType<PhraseQuery>().Single(p => p.Slop > 0);
        var withSloppy = searcher.Search(sloppy, searcher.IndexReader.MaxDoc).ScoreDocs.Select(d => d.Doc).ToHashSet();
        return whole.Count(d => withSloppy.Contains(d.Doc));
    }
}
