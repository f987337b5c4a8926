namespace Archive.Search.Tests.Querying;

public sealed class QuerySyntaxTests(SyntheticIndexFixture index) : IClassFixture<SyntheticIndexFixture>
{
    [Fact]
    public void PhraseOfCommonWordsFindsItsParagraph() =>
        Assert.Equal(["kremlin-talks/1"], index.Find("\"to be or not to be\""));

    [Fact]
    public void OrFindsEitherWord() =>
        Assert.Equal(["kremlin-talks/2", "kremlin-talks/3", "sochi-forum/2", "year-end-meeting/3"], index.Find("afghanistan OR pipeline").Order());

    [Theory]
    [InlineData("afghanistan -drug")]
    [InlineData("afghanistan NOT drug")]
    [InlineData("afghanistan NOT \"drug trafficking\"")]
    public void ExcludedWordsLeaveTheirParagraphsOut(string q) =>
        Assert.Equal(["kremlin-talks/2", "year-end-meeting/3"], index.Find(q).Order());

    [Fact]
    public void ParenthesesGroup() =>
        Assert.Equal(["kremlin-talks/3"], index.Find("(afghanistan OR pipeline) energy"));

    [Fact]
    public void OnlyAnExclusionFindsEverythingElse() =>
        Assert.Equal(13 - 3, index.Searcher.Search(new SearchRequest("-afghanistan")).Total);

    [Fact]
    public void SpeakerFieldMatchesAWordOfTheSpeakersName() =>
        Assert.Equal(["kremlin-talks/1", "sochi-forum/1"], index.Find("speaker:putin").Order());

    [Fact]
    public void SpeakerFieldAlsoMatchesTheLabelAsTheSourceWroteIt() =>
        Assert.Equal(["sochi-forum/1"], index.Find("speaker:president"));

    [Fact]
    public void VenueFieldTakesAPhrase() =>
        Assert.Equal(["year-end-meeting/3"], index.Find("venue:\"moscow region\" afghanistan"));

    [Fact]
    public void UnknownFieldIsSearchedAsWords() =>
        Assert.Equal(["sochi-forum/2"], index.Find("drug:trafficking"));

    [Fact]
    public void UnknownFieldIsNamedInANoteOfTheResults()
    {
        var results = index.Searcher.Search(new SearchRequest("title:afghanistan"));
        Assert.Equal(0, results.Total);
        Assert.Contains(results.Notes, n => n.StartsWith("title: is not a field you can search", StringComparison.Ordinal));
    }

    [Fact]
    public void CollectionFieldMatchesTheCollectionsIdAsTheFilterDoes() =>
        Assert.Equal(index.Find(new SearchRequest("afghanistan", Collection: "kremlin")), index.Find("afghanistan collection:Kremlin"));

    [Theory]
    [InlineData("\"")]
    [InlineData("AND")]
    [InlineData("OR OR NOT")]
    [InlineData("((")]
    [InlineData("))((")]
    [InlineData("- -- -\"")]
    [InlineData("*")]
    [InlineData("?abc~ /regex/ field:value [a TO b] {x} ^2 \\ !")]
    [InlineData("venue: speaker:\"")]
    [InlineData("title: date: : :: a:b:c AND: OR:NOT \"title:\" collection:")]
    [InlineData("NOT title:")]
    [InlineData("\"unclosed quote")]
    public void SyntaxCharactersNeverThrowOrRefuse(string q)
    {
        var results = index.Searcher.Search(new SearchRequest(q));
        Assert.Null(results.Problem);
        Assert.True(results.Total >= 0);
    }

    [Fact]
    public void TheLongestWordAfterAnUnknownFieldIsAnsweredWithItsNote()
    {
        var results = index.Searcher.Search(new SearchRequest("title:" + new string('a', 240) + "fghanistan"));
        Assert.Null(results.Problem);
        Assert.Contains(results.Notes, n => n.StartsWith("title:", StringComparison.Ordinal));
    }

    [Fact]
    public void TheLongestQueryOfUnknownFieldsIsRefusedForItsWordsNotBroken()
    {
        var q = string.Concat(Enumerable.Repeat("title:sovereignity ", 30))[..SearchRequest.MaxQueryLength];
        Assert.Contains("the limit is 32", index.Searcher.Search(new SearchRequest(q)).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkupInTheTextIsEncodedAroundTheMarks()
    {
        var hit = index.Searcher.Search(new SearchRequest("voted")).Hits.First();
        Assert.Contains("&lt;b&gt;<mark>voted</mark>&lt;&#x2F;b&gt; &amp; spoke", hit.SnippetHtml, StringComparison.Ordinal);
    }
}
