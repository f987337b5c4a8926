namespace Archive.Search.Syntax;

/// <summary><c>venue:</c>, <c>speaker:</c> or <c>collection:</c> followed by a word or a quoted phrase.</summary>
internal sealed record FieldNode(string Field, string Value) : QueryNode;
