namespace Archive.Web.Api;

/// <summary>
/// One matching paragraph; <see cref="Link"/> is <c>{url}#p{n}</c> and <see cref="Snippet"/> is HTML (encoded text, matches in &lt;mark&gt;).
/// For a quotation found across a paragraph break, <see cref="Through"/> is the next paragraph, into which the
/// quotation runs (its start marked, as the end of this one is); null for a paragraph on its own.
/// </summary>
public sealed record ApiSearchHit(int N, string Anchor, string Link, string? Speaker, string Snippet, ApiSearchHitThrough? Through);
