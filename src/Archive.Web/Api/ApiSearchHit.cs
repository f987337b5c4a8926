namespace Archive.Web.Api;

/// <summary>One matching paragraph; <see cref="Link"/> is <c>{url}#p{n}</c> and <see cref="Snippet"/> is HTML (encoded text, matches in &lt;mark&gt;).</summary>
public sealed record ApiSearchHit(int N, string Anchor, string Link, string? Speaker, string Snippet);
