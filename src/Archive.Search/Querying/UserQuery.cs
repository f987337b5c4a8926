using Archive.Search.Syntax;

namespace Archive.Search.Querying;

/// <summary>
/// What a person typed, parsed into a tree of words, phrases, fields and operators. Nothing here
/// is Lucene syntax: whatever the parser does not understand is searched literally, with a note
/// that says what happened.
/// </summary>
internal sealed record UserQuery(QueryNode? Root, IReadOnlyList<string> Notes)
{
    public bool IsEmpty => Root is null;

    public static UserQuery Parse(string text)
    {
        var notes = new List<string>();
        var root = UserQueryParser.Parse(text, notes);
        return new UserQuery(root, notes.Distinct().ToList());
    }

    /// <summary>The words, in order, when the search is nothing but loose words (a remembered quotation); otherwise null.</summary>
    public IReadOnlyList<string>? LooseWords => Root switch
    {
        WordNode word => [word.Text],
        AndNode all when all.Children.All(c => c is WordNode) => [.. all.Children.Cast<WordNode>().Select(w => w.Text)],
        _ => null,
    };

    /// <summary>Words that must or may match (not those after NOT), in order: the candidates for "did you mean".</summary>
    public IEnumerable<string> PositiveWords() => Root is null ? [] : Positive(Root);

    private static IEnumerable<string> Positive(QueryNode node) => node switch
    {
        WordNode word => [word.Text],
        PhraseNode phrase => phrase.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        AndNode all => all.Children.SelectMany(Positive),
        OrNode any => any.Children.SelectMany(Positive),
        _ => [],
    };
}
