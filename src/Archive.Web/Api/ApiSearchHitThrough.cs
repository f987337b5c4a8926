namespace Archive.Web.Api;

/// <summary>The second paragraph of a passage across a break: the one after the hit's, <see cref="Link"/> <c>{url}#p{n}</c>, <see cref="Snippet"/> HTML.</summary>
public sealed record ApiSearchHitThrough(int N, string Anchor, string Link, string? Speaker, string Snippet);
