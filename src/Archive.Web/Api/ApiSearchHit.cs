namespace Archive.Web.Api;

/// <summary>One hit; <see cref="Snippet"/> is HTML (encoded text, matches in &lt;mark&gt;).</summary>
public sealed record ApiSearchHit(string Id, string Url, int N, string Anchor, string Title, string Date, string? Speaker, string Snippet);
