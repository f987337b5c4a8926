namespace Archive.Search.Syntax;

/// <summary>Words in double quotes: they must appear in this order, word for word.</summary>
internal sealed record PhraseNode(string Text) : QueryNode;
