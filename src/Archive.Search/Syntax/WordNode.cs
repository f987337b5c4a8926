namespace Archive.Search.Syntax;

/// <summary>A loose word: matches in its exact or its stemmed form.</summary>
internal sealed record WordNode(string Text) : QueryNode;
