using Archive.Search.Indexing;
using Archive.Search.Querying;
using Lucene.Net.Search;

namespace Archive.Search.Results;

/// <summary>A passage across a break as a hit: its first paragraph's fields, the next paragraph's number, speaker and snippet.</summary>
internal static class PassageHit
{
    /// <summary>The hit for the passage that starts at <paramref name="doc"/>; null if the next document is not of the same transcript (an index that breaks the rule <see cref="PassageDoc"/> relies on).</summary>
    public static SearchHit? Make(IndexSearcher searcher, int doc, HitFields first, PassageQuery passage)
    {
        if (doc + 1 >= searcher.IndexReader.MaxDoc)
        {
            return null;
        }
        var next = new HitFields();
        searcher.Doc(doc + 1, next);
        if (next.Id != first.Id)
        {
            return null;
        }
        var (before, after) = PassageSnippet.Make(passage.Tokens, passage.Exact, first.Text ?? "", next.Text ?? "");
        return new SearchHit(first.Id!, first.Url!, first.Title!, first.Date!, first.N, first.Speaker, first.Venue, before, next.N, next.Speaker, after);
    }
}
