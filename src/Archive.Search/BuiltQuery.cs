using Lucene.Net.Search;

namespace Archive.Search;

/// <summary>
/// A parsed search as Lucene queries: <see cref="Search"/> finds and ranks, <see cref="Highlight"/>
/// marks words in snippets (the same words, without the near-quote scaffolding).
/// </summary>
internal sealed record BuiltQuery(Query Search, Query Highlight, int TermCount)
{
    /// <summary>The words and phrases that snippets mark, taken from <see cref="Highlight"/> once.</summary>
    public SnippetTerms Snippets { get; } = SnippetTerms.From(Highlight);
}
