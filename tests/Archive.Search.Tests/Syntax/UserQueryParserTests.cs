using Archive.Search.Querying;
using Archive.Search.Syntax;

namespace Archive.Search.Tests.Syntax;

public sealed class UserQueryParserTests
{
    private static string Tree(string text) => Show(UserQuery.Parse(text).Root);

    private static string Show(QueryNode? node) => node switch
    {
        null => "∅",
        WordNode w => w.Text,
        PhraseNode p => $"\"{p.Text}\"",
        FieldNode f => $"{f.Field}={f.Value}",
        NotNode n => "-" + Show(n.Child),
        AndNode a => "and(" + string.Join(' ', a.Children.Select(Show)) + ")",
        OrNode o => "or(" + string.Join(' ', o.Children.Select(Show)) + ")",
        _ => "?",
    };

    [Theory]
    [InlineData("gas pipeline", "and(gas pipeline)")]
    [InlineData("gas AND pipeline", "and(gas pipeline)")]
    [InlineData("gas OR oil pipeline", "or(gas and(oil pipeline))")]
    [InlineData("(gas OR oil) pipeline", "and(or(gas oil) pipeline)")]
    [InlineData("gas -oil", "and(gas -oil)")]
    [InlineData("gas NOT oil", "and(gas -oil)")]
    [InlineData("NOT oil", "-oil")]
    [InlineData("-\"natural gas\" pipeline", "and(-\"natural gas\" pipeline)")]
    [InlineData("\u201Cto be or not to be\u201D", "\"to be or not to be\"")]
    [InlineData("speaker:Putin", "speaker=Putin")]
    [InlineData("collection:kremlin gas", "and(collection=kremlin gas)")]
    [InlineData("Venue:\"Moscow Region\" gas", "and(venue=Moscow Region gas)")]
    [InlineData("post-Soviet", "post-Soviet")]
    [InlineData("a (b (c d)) e", "and(a b c d e)")]
    public void OperatorsPhrasesAndFieldsMakeATree(string text, string tree) => Assert.Equal(tree, Tree(text));

    [Theory]
    [InlineData("10:30 meeting", "and(10:30 meeting)")]
    [InlineData("https://kremlin.ru", "https://kremlin.ru")]
    [InlineData("he said: yes", "and(he said: yes)")]
    [InlineData("gas and oil", "and(gas and oil)")]
    [InlineData("gas* ~oil /re/ [a TO b] ^2", "and(gas* ~oil /re/ [a TO b] ^2)")]
    [InlineData("venue:", "venue:")]
    public void AnythingElseIsALiteralWord(string text, string tree) => Assert.Equal(tree, Tree(text));

    [Theory]
    [InlineData("AND", "AND", "needs words on both sides")]
    [InlineData("gas OR", "and(gas OR)", "needs words on both sides")]
    [InlineData("gas NOT", "and(gas NOT)", "NOT needs a word")]
    [InlineData("((", "∅", "parentheses")]
    [InlineData("gas) (oil", "and(gas oil)", "parentheses")]
    [InlineData("\"unclosed quote", "and(unclosed quote)", "not closed")]
    public void MisplacedSyntaxIsSearchedLiterallyWithANote(string text, string tree, string note)
    {
        var query = UserQuery.Parse(text);
        Assert.Equal(tree, Show(query.Root));
        Assert.Contains(query.Notes, n => n.Contains(note, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("title:gas", "and(title gas)", "title:")]
    [InlineData("date:2018 gas", "and(date 2018 gas)", "date:")]
    [InlineData("Title:\"gas deal\"", "and(Title \"gas deal\")", "Title:")]
    [InlineData("NOT date:2018 gas", "and(date -2018 gas)", "date:")]
    [InlineData("gas -title:oil", "and(gas title -oil)", "title:")]
    public void AnUnknownFieldIsReadAsWordsWithANoteNamingIt(string text, string tree, string field)
    {
        var query = UserQuery.Parse(text);
        Assert.Equal(tree, Show(query.Root));
        Assert.Equal($"{field} is not a field you can search (venue:, speaker: and collection: are), so it was read as words.", Assert.Single(query.Notes));
    }

    [Theory]
    [InlineData("speaker:Putin gas")]
    [InlineData("collection:kremlin")]
    [InlineData("10:30")]
    [InlineData("he said: yes")]
    public void AKnownFieldOrAColonInsideAWordGetsNoNote(string text) => Assert.Empty(UserQuery.Parse(text).Notes);

    [Fact]
    public void DeepNestingIsFlattenedNotRecursedWithoutEnd()
    {
        var text = new string('(', 200) + "gas" + new string(')', 200);
        Assert.Equal("gas", Tree(text));
    }

    [Fact]
    public void OnlyLooseWordsCountAsAQuotation()
    {
        Assert.Equal(["to", "be", "or", "not"], UserQuery.Parse("to be or not").LooseWords);
        Assert.Null(UserQuery.Parse("to be OR not").LooseWords);
        Assert.Null(UserQuery.Parse("\"to be\" or not").LooseWords);
    }
}
