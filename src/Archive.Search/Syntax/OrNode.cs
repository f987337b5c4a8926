namespace Archive.Search.Syntax;

/// <summary>At least one child must match.</summary>
internal sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode;
