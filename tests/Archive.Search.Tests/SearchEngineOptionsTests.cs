namespace Archive.Search.Tests;

/// <summary>
/// Stock Lucene and the hand-written parts, each alone and all together, answer every kind of search
/// the same: the same hits in the same order, totals, facets, snippets and notes, over real speeches.
/// </summary>
public sealed class SearchEngineOptionsTests(MillerIndexFixture index) : IClassFixture<MillerIndexFixture>
{
    private static readonly SearchRequest[] Requests =
    [
        new("vicissitudes"),
        new("government"),
        new("the"),
        new("commerce treaty"),
        new("Indians OR treaty"),
        new("\"the united states\""),
        new("\"of the people\""),
        new("\"we have\" congress", Sort: SearchSort.Newest),
        new("peace -war"),
        new("government of the people by the people"),
        new("to preserve protect and defend the constitution"),
        new("peace commerce and honest friendship with all nations entangling alliances"),
        new("liberty", Sort: SearchSort.Newest),
        new("congress", Sort: SearchSort.Oldest, Page: 2),
        new("the blessings of liberty", Sort: SearchSort.Newest),
        new("freedom", From: new DateOnly(1805, 1, 1)),
        new("nation", Page: 3, PageSize: 5),
    ];

    public static TheoryData<string> Parts() =>
    [
        nameof(SearchEngineOptions.ParallelParts), nameof(SearchEngineOptions.TermBatches),
        nameof(SearchEngineOptions.QuotationWords), nameof(SearchEngineOptions.TopScores), nameof(SearchEngineOptions.PhraseRescoring),
        nameof(SearchEngineOptions.PackedFacetValues), nameof(SearchEngineOptions.SnippetMaker), nameof(SearchEngineOptions.PositionalReads),
        nameof(SearchEngineOptions.PhrasePairs),
    ];

    [Fact]
    public void EveryHandWrittenPartTogetherAnswersAsStockLucene() => AssertSameAsStock(SearchEngineOptions.Default);

    [Theory]
    [MemberData(nameof(Parts))]
    public void EachHandWrittenPartAloneAnswersAsStockLucene(string part) => AssertSameAsStock(Only(part));

    [Fact]
    public void StockLuceneIsEveryPartOff() => Assert.False(SearchEngineOptions.Stock.CollectsByPart || SearchEngineOptions.Stock.PackedFacetValues || SearchEngineOptions.Stock.SnippetMaker || SearchEngineOptions.Stock.PositionalReads || SearchEngineOptions.Stock.PhraseRescoring || SearchEngineOptions.Stock.PhrasePairs);

    private void AssertSameAsStock(SearchEngineOptions options)
    {
        using var stock = new TranscriptSearcher(index.DataDir, SearchEngineOptions.Stock);
        using var parts = new TranscriptSearcher(index.DataDir, options);
        // Packed facet values are read in the background after the first search: compare both before and after.
        parts.Search(Requests[0]);
        parts.WaitForFacetValues();
        foreach (var request in Requests)
        {
            var expected = stock.Search(request);
            Assert.True(expected.Total > 0, request.Query);
            var actual = parts.Search(request);
            Assert.Equal((expected.Total, expected.Transcripts, expected.HasMore), (actual.Total, actual.Transcripts, actual.HasMore));
            Assert.Equal(Shown(expected), Shown(actual));
            Assert.Equal(Facets(expected), Facets(actual));
            Assert.Equal(expected.Notes, actual.Notes);
            Assert.Equal(expected.Suggestion, actual.Suggestion);
        }
    }

    private static SearchEngineOptions Only(string part) => part switch
    {
        nameof(SearchEngineOptions.ParallelParts) => SearchEngineOptions.Stock with { ParallelParts = true },
        nameof(SearchEngineOptions.TermBatches) => SearchEngineOptions.Stock with { TermBatches = true },
        nameof(SearchEngineOptions.QuotationWords) => SearchEngineOptions.Stock with { QuotationWords = true },
        nameof(SearchEngineOptions.TopScores) => SearchEngineOptions.Stock with { TopScores = true },
        nameof(SearchEngineOptions.PhraseRescoring) => SearchEngineOptions.Stock with { PhraseRescoring = true },
        nameof(SearchEngineOptions.PackedFacetValues) => SearchEngineOptions.Stock with { PackedFacetValues = true },
        nameof(SearchEngineOptions.SnippetMaker) => SearchEngineOptions.Stock with { SnippetMaker = true },
        nameof(SearchEngineOptions.PositionalReads) => SearchEngineOptions.Stock with { PositionalReads = true },
        nameof(SearchEngineOptions.PhrasePairs) => SearchEngineOptions.Stock with { PhrasePairs = true },
        _ => throw new ArgumentException(part, nameof(part)),
    };

    private static List<string> Shown(SearchResults results) =>
        [.. results.Groups.SelectMany(g => g.Hits.Select(h => $"{h.Id}/{h.N}: {h.SnippetHtml}"))];

    private static string Facets(SearchResults results) =>
        string.Join("; ", new[] { results.Facets.Years, results.Facets.Venues, results.Facets.Speakers, results.Facets.Collections }
            .Select(f => string.Join(", ", f.Select(c => $"{c.Value}={c.Count}"))));
}
