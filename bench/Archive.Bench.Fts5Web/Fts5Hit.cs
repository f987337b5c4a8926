namespace Archive.Bench.Fts5Web;

/// <summary>One matching paragraph: its number and FTS5's <c>snippet()</c> with the matches in &lt;mark&gt;.</summary>
public sealed record Fts5Hit(int N, string Snippet);
