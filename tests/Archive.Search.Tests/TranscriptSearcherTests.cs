namespace Archive.Search.Tests;

public sealed class TranscriptSearcherTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    private SearchResults Search(string q) => seed.Searcher.Search(new SearchRequest(q));

    private int[] Paragraphs(string q) => [.. Search(q).Hits.Select(h => h.N)];

    [Fact]
    public void EveryTextParagraphIsIndexed() => Assert.Equal(6, seed.Searcher.ParagraphCount);

    [Fact]
    public void QuotedPhrasePutsItsParagraphFirst()
    {
        var results = Search("\"combine your efforts\"");
        Assert.Equal(1, results.Total);
        var hit = Assert.Single(results.Hits);
        Assert.Equal((3, "p3"), (hit.N, hit.Anchor));
        Assert.Equal("/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states", hit.Url);
        Assert.Contains("<mark>combine</mark> <mark>your</mark> <mark>efforts</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void PhraseWordsOutOfOrderDoNotMatch() => Assert.Empty(Paragraphs("\"efforts your combine\""));

    [Fact]
    public void PhraseOfCommonWordsMatchesBecauseTheExactFieldKeepsStopWords() =>
        Assert.Equal([6], Paragraphs("\"in the course of these\""));

    [Fact]
    public void PlainWordsMustAllMatch() => Assert.Equal([3], Paragraphs("Afghanistan withdrawal"));

    [Fact]
    public void StemmedFieldFindsOtherFormsOfAWord()
    {
        // The seed says "efforts" and "efficient"; "effort" is found through the stem.
        Assert.Equal([3], Paragraphs("effort"));
    }

    [Fact]
    public void CaseCurlyQuotesAndDashesAreNormalised()
    {
        Assert.Equal([4], Paragraphs("\u201Cpost\u2014Soviet territory\u201D"));
        Assert.Equal([4], Paragraphs("POST-SOVIET"));
    }

    [Fact]
    public void SnippetEncodesEverythingButTheMarks()
    {
        var hit = Assert.Single(Search("Belarus").Hits);
        Assert.Contains("<mark>Belarus</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<", hit.SnippetHtml.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("AND")]
    [InlineData("((")]
    [InlineData("*")]
    [InlineData("?abc~ /regex/ field:value [a TO b] {x} ^2 \\ !")]
    [InlineData("\"unclosed quote")]
    public void SyntaxCharactersAreSearchedLiterallyAndNeverThrow(string q)
    {
        var results = Search(q);
        Assert.Null(results.Problem);
        Assert.True(results.Total >= 0);
    }

    [Fact]
    public void ReservedWordIsAnOrdinaryWord()
    {
        var results = Search("and");
        Assert.Equal((6, 1), (results.Total, results.Transcripts));
        Assert.Equal(TranscriptSearcher.HitsPerTranscript, results.Hits.Count());
    }

    [Fact]
    public void OverlongQueryIsRefusedWithAReason()
    {
        var results = Search(new string('a', 5000));
        Assert.Contains("limit is 512", results.Problem, StringComparison.Ordinal);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void TooManyWordsAreRefusedWithAReason()
    {
        var results = Search(string.Join(' ', Enumerable.Repeat("security", 33)));
        Assert.Contains("limit is 32", results.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PagingPastTheWindowIsRefused()
    {
        var results = seed.Searcher.Search(new SearchRequest("security", Page: 51));
        Assert.Contains("first 25 pages", results.Problem, StringComparison.Ordinal);
    }
}
