using Archive.Search.Results;
using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>
/// A parsed search as Lucene queries: <see cref="Search"/> finds and ranks, <see cref="Highlight"/>
/// marks words in snippets (the same words, without the near-quote scaffolding). For a near-quote,
/// <see cref="Search"/> is <see cref="Matches"/> (which paragraphs match, and their first score)
/// plus optional <see cref="Boosts"/> (phrase clauses that only add to the score), so that the
/// boosts can be scored on the best candidates only (see <see cref="TranscriptSearcher"/>).
/// </summary>
internal sealed record BuiltQuery(Query Search, Query Highlight, int TermCount, Query? Matches = null, BooleanQuery? Boosts = null)
{
    /// <summary>The words and phrases that snippets mark, taken from <see cref="Highlight"/> once.</summary>
    public SnippetTerms Snippets { get; } = SnippetTerms.From(Highlight);

    /// <summary>For a quotation, the same words searched across paragraph breaks; null otherwise.</summary>
    public PassageQuery? Passage { get; init; }
}
