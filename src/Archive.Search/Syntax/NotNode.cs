namespace Archive.Search.Syntax;

/// <summary><c>NOT x</c> or <c>-x</c>: paragraphs that match the child are left out.</summary>
internal sealed record NotNode(QueryNode Child) : QueryNode;
