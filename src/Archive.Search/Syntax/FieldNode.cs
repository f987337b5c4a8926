namespace Archive.Search.Syntax;

/// <summary><c>venue:</c> or <c>speaker:</c> followed by a word or a quoted phrase.</summary>
internal sealed record FieldNode(string Field, string Value) : QueryNode;
