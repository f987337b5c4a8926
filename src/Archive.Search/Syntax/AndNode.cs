namespace Archive.Search.Syntax;

/// <summary>Every child must match (words side by side, or joined by <c>AND</c>); <see cref="NotNode"/> children must not.</summary>
internal sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode;
