namespace Archive.Search.Syntax;

/// <summary>A node of a parsed search: what the person asked for, before any Lucene query exists.</summary>
internal abstract record QueryNode;
