using Archive.Records;

namespace Archive.Search.Tests.Results;

/// <summary>
/// Quotations across a paragraph break: the pair is found first as one hit; quotations within one
/// paragraph are found as before; a break between transcripts, a section break or a cut is never bridged.
/// </summary>
public sealed class PassageSearchTests(KremlinBreaksFixture index) : IClassFixture<KremlinBreaksFixture>
{
    // 58502: ¶5 ends "… This is inevitable as life constantly poses new challenges."; ¶6 starts
    // "Moscow is developing rather quickly and efficiently."
    private const string AcrossFiveAndSix = "life constantly poses new challenges. Moscow is developing rather quickly";

    [Fact]
    public void AQuotationAcrossABreakFindsThePairFirst()
    {
        var first = index.Searcher.Search(new SearchRequest("\"" + AcrossFiveAndSix + "\"")).Hits.First();

        Assert.Equal((5, 6), (first.N, first.Through));
        Assert.EndsWith("<mark>life</mark> <mark>constantly</mark> <mark>poses</mark> <mark>new</mark> <mark>challenges</mark>.", first.SnippetHtml, StringComparison.Ordinal);
        Assert.StartsWith("<mark>Moscow</mark> <mark>is</mark> <mark>developing</mark> <mark>rather</mark> <mark>quickly</mark> and", first.ThroughSnippetHtml, StringComparison.Ordinal);
        Assert.Equal("Vladimir Putin", first.ThroughSpeaker);
    }

    [Fact]
    public void AMisrememberedQuotationAcrossABreakFindsThePairFirst()
    {
        // No quotes, "new" left out and "quickly" remembered as "fast".
        var first = index.Searcher.Search(new SearchRequest("as life constantly poses challenges. Moscow is developing rather fast")).Hits.First();

        Assert.Equal((5, 6), (first.N, first.Through));
    }

    [Theory]
    // The last word before the break left out, the first after it left out, and one remembered wrongly.
    [InlineData("as life constantly poses new Moscow is developing rather quickly")]
    [InlineData("life constantly poses new challenges. is developing rather quickly and")]
    [InlineData("life constantly poses new problems. Moscow is developing rather quickly")]
    public void AWordMisrememberedRightAtTheBreakStillFindsThePair(string query)
    {
        var first = index.Searcher.Search(new SearchRequest(query)).Hits.First();

        Assert.Equal((5, 6), (first.N, first.Through));
    }

    [Fact]
    public void AQuotationWithinOneParagraphIsThatParagraphAlone()
    {
        var hits = index.Searcher.Search(new SearchRequest("\"This is inevitable as life constantly poses new challenges\"")).Hits.ToList();

        var hit = Assert.Single(hits);
        Assert.Equal(5, hit.N);
        Assert.Null(hit.Through);
        Assert.Null(hit.ThroughSnippetHtml);
    }

    [Fact]
    public void WordsAndAndSearchesNeverMeetTheBreak()
    {
        // Each word is in ¶5 or ¶6, none in both: as words they never find the pair.
        var hits = index.Searcher.Search(new SearchRequest("inevitable efficiently")).Hits.ToList();

        Assert.Empty(hits);
        Assert.All(index.Searcher.Search(new SearchRequest("challenges")).Hits, h => Assert.Null(h.Through));
    }

    [Fact]
    public void ABreakBetweenTranscriptsIsNeverBridged()
    {
        // The last words of every transcript followed by the first words of every other: whichever two
        // transcripts lie side by side in the index, none of these is found.
        foreach (var before in index.Transcripts)
        {
            foreach (var after in index.Transcripts.Where(t => t != before))
            {
                var quotation = Last(before.Paragraphs.Last(p => p.Kind == ParagraphKind.Text).Text, 4) + " " + First(after.Paragraphs.First(p => p.Kind == ParagraphKind.Text).Text, 4);
                Assert.Equal(0, index.Searcher.Search(new SearchRequest("\"" + quotation + "\"")).Total);
            }
        }
    }

    [Fact]
    public void AHeadlineOnlyItemHasNoBreakToBridge()
    {
        var headline = index.ByFile("17175.html");
        Assert.Single(headline.Paragraphs);

        var hits = index.Searcher.Search(new SearchRequest("\"" + headline.Paragraphs[0].Text + "\"")).Hits.ToList();

        Assert.Equal([(1, (int?)null)], hits.Where(h => h.Id == headline.Id).Select(h => (h.N, h.Through)));
    }

    [Fact]
    public void ASectionBreakOrACutIsNotBridged()
    {
        // 17520: ¶2 "… Russians living abroad." * * * ¶4 "Good afternoon, colleagues,"; 17151: ¶1 "… will be signed." * * * ¶3 "The year 2012 …".
        Assert.Equal(0, index.Searcher.Search(new SearchRequest("\"Russian citizens and Russians living abroad. Good afternoon, colleagues\"")).Total);
        Assert.Equal(0, index.Searcher.Search(new SearchRequest("\"number of joint documents will be signed. The year 2012 is an anniversary\"")).Total);
        // Across ¶10 and ¶11 of 17520, both Putin's, with no break between them: found.
        var across = index.Searcher.Search(new SearchRequest("\"our citizens and Russians living abroad. It is important that the various\"")).Hits.First();
        Assert.Equal((10, 11), (across.N, across.Through));
    }

    [Fact]
    public void AQuotationLongerThanTheFieldOnOneSideIsFoundByItsWordsNearestTheBreak()
    {
        // Sixteen words of ¶10 and three of ¶11: more of ¶10 than the field keeps.
        var first = index.Searcher.Search(new SearchRequest("\"It also pays due attention to protecting the rights and interests of our citizens and Russians living abroad. It is important\"")).Hits.First();

        Assert.Equal((10, 11), (first.N, first.Through));
    }

    [Fact]
    public void SearchWithinTheTranscriptNamesThePassageAndMarksBothSides()
    {
        var transcript = index.ByFile("58502.html");
        var query = "\"" + AcrossFiveAndSix + "\"";

        Assert.Equal([(5, 6)], index.Searcher.PassagesMatching(transcript.Id, query));
        Assert.Empty(index.Searcher.PassagesMatching(transcript.Id, "challenges"));
        var (before, after) = PassageMarker.For(query)!.MarkPassage(Text(transcript, 5), Text(transcript, 6));
        Assert.StartsWith("Moscow is one of", before, StringComparison.Ordinal);
        Assert.EndsWith("<mark>new</mark> <mark>challenges</mark>.", before, StringComparison.Ordinal);
        Assert.StartsWith("<mark>Moscow</mark> <mark>is</mark>", after, StringComparison.Ordinal);
    }

    [Fact]
    public void ResultsByDateHaveThePassageToo()
    {
        var first = index.Searcher.Search(new SearchRequest("\"" + AcrossFiveAndSix + "\"", Sort: SearchSort.Newest)).Hits.First();

        Assert.Equal((5, 6), (first.N, first.Through));
    }

    private static string Text(Transcript transcript, int n) => transcript.Paragraphs.Single(p => p.N == n).Text;

    private static string Last(string text, int words) => string.Join(' ', text.Split(' ')[^Math.Min(words, text.Split(' ').Length)..]);

    private static string First(string text, int words) => string.Join(' ', text.Split(' ').Take(words));
}
