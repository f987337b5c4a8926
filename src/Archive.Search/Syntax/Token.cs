namespace Archive.Search.Syntax;

/// <summary>One piece of the search text. <see cref="Text"/> is what was typed; for a field, the field's name.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, string Value = "");
