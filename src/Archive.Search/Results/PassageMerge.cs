using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Results;

/// <summary>
/// A quotation's paragraphs and its passages across breaks (<see cref="Querying.PassageQuery"/>) in one
/// ranking. A passage and a paragraph of its own pair are one place in the text: the better score of
/// the two is shown, and a passage that wins stands for both its paragraphs. Other paragraphs that
/// hold the same words elsewhere keep their places.
/// </summary>
internal static class PassageMerge
{
    /// <summary>
    /// The best <paramref name="window"/> of both, in the order of <paramref name="sort"/> (null: by score),
    /// passages as <see cref="PassageDoc"/>; a passage weighed against its own paragraphs at
    /// <paramref name="overlapWeight"/> times its score (<see cref="Querying.PassageQuery.OverlapWeight"/>).
    /// </summary>
    public static TopDocs Merge(TopDocs paragraphs, TopDocs passages, Sort? sort, int window, float overlapWeight)
    {
        var total = paragraphs.TotalHits + passages.TotalHits;
        if (passages.ScoreDocs.Length == 0)
        {
            return new TopDocs(total, paragraphs.ScoreDocs, paragraphs.MaxScore);
        }
        var byDoc = paragraphs.ScoreDocs.ToDictionary(d => d.Doc);
        var replaced = new HashSet<int>();
        var kept = new List<ScoreDoc>(paragraphs.ScoreDocs.Length + passages.ScoreDocs.Length);
        foreach (var passage in passages.ScoreDocs)
        {
            var before = byDoc.GetValueOrDefault(passage.Doc);
            var after = byDoc.GetValueOrDefault(passage.Doc + 1);
            var own = Math.Max(before?.Score ?? float.NegativeInfinity, after?.Score ?? float.NegativeInfinity);
            if (own >= passage.Score * overlapWeight)
            {
                continue;
            }
            replaced.Add(passage.Doc);
            replaced.Add(passage.Doc + 1);
            // A passage that stands for its paragraphs keeps the better place of the three.
            kept.Add(new PassageDoc(passage.Doc, Math.Max(passage.Score, own), (passage as FieldDoc)?.Fields));
        }
        kept.AddRange(paragraphs.ScoreDocs.Where(d => !replaced.Contains(d.Doc)));
        var fields = sort?.GetSort();
        kept.Sort((a, b) => Compare(a, b, fields));
        var best = kept.Take(window).ToArray();
        return new TopDocs(total, best, best.Length > 0 ? Math.Max(best[0].Score, paragraphs.MaxScore) : float.NaN);
    }

    /// <summary>As the collectors order hits: by the sort's values (score highest first), ties in document order.</summary>
    private static int Compare(ScoreDoc a, ScoreDoc b, SortField[]? fields)
    {
        if (fields is not null && a is FieldDoc { Fields: { } x } && b is FieldDoc { Fields: { } y })
        {
            for (var i = 0; i < fields.Length; i++)
            {
                var c = (x[i], y[i]) switch
                {
                    (float s, float t) => t.CompareTo(s),
                    (BytesRef s, BytesRef t) => s.CompareTo(t),
                    (IComparable s, { } t) => s.CompareTo(t),
                    _ => 0,
                };
                c = fields[i].IsReverse ? -c : c;
                if (c != 0)
                {
                    return c;
                }
            }
            return a.Doc.CompareTo(b.Doc);
        }
        var byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : a.Doc.CompareTo(b.Doc);
    }
}
