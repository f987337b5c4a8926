using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Scoring;

/// <summary>
/// The best paragraphs by score, as Lucene's <c>TopScoreDocCollector</c> keeps them (of equal
/// scores, the lower document), in a heap of two plain arrays. Lucene's heap holds a
/// <see cref="ScoreDoc"/> object per place, made up front (200 per part of the index for a page
/// of results), and compares them through a virtual call: for a word in 3,000 paragraphs, keeping
/// the best 200 took longer than scoring them. Like Lucene's, <see cref="GetTopDocs()"/> empties
/// the heap, so it answers once.
/// </summary>
internal sealed class TopScores(int size) : ITopDocsCollector
{
    private readonly float[] _scores = new float[size];
    private readonly int[] _docs = new int[size];
    private int _count;
    private int _docBase;
    private Scorer? _scorer;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void Collect(int doc)
    {
        var score = _scorer!.GetScore();
        TotalHits++;
        doc += _docBase;
        if (_count < size)
        {
            // Filling up: the new hit goes at the bottom and rises past every better one.
            var at = _count++;
            while (at > 0 && Better(_scores[(at - 1) / 2], _docs[(at - 1) / 2], score, doc))
            {
                _scores[at] = _scores[(at - 1) / 2];
                _docs[at] = _docs[(at - 1) / 2];
                at = (at - 1) / 2;
            }
            _scores[at] = score;
            _docs[at] = doc;
            return;
        }
        // Full: the root is the worst kept; a hit no better than it is not kept.
        if (size == 0 || !Better(score, doc, _scores[0], _docs[0]))
        {
            return;
        }
        SiftDown(score, doc, _count);
    }

    public TopDocs GetTopDocs() => GetTopDocs(0, size);

    public TopDocs GetTopDocs(int start) => GetTopDocs(start, size);

    /// <summary>The kept hits from rank <paramref name="start"/>, best first; empties the heap.</summary>
    public TopDocs GetTopDocs(int start, int howMany)
    {
        // Taking the worst off the heap each time fills the ranking from the end.
        var ranked = new ScoreDoc[_count];
        for (var i = _count - 1; i >= 0; i--)
        {
            ranked[i] = new ScoreDoc(_docs[0], _scores[0]);
            _count = i;
            if (i > 0)
            {
                SiftDown(_scores[i], _docs[i], i);
            }
        }
        var maxScore = ranked.Length > 0 ? ranked[0].Score : float.NaN;
        var from = Math.Clamp(start, 0, ranked.Length);
        var shown = ranked.AsSpan(from, Math.Clamp(howMany, 0, ranked.Length - from)).ToArray();
        return new TopDocs(TotalHits, shown, maxScore);
    }

    /// <summary>Puts a hit in the root's place, among the first <paramref name="count"/>, and lets it sink below every worse one.</summary>
    private void SiftDown(float score, int doc, int count)
    {
        var at = 0;
        while (true)
        {
            var child = 2 * at + 1;
            if (child >= count)
            {
                break;
            }
            // The worse of the two children.
            if (child + 1 < count && Better(_scores[child], _docs[child], _scores[child + 1], _docs[child + 1]))
            {
                child++;
            }
            if (!Better(score, doc, _scores[child], _docs[child]))
            {
                break;
            }
            _scores[at] = _scores[child];
            _docs[at] = _docs[child];
            at = child;
        }
        _scores[at] = score;
        _docs[at] = doc;
    }

    /// <summary>Whether a hit ranks above another: a higher score, or the same and a lower document.</summary>
    private static bool Better(float score, int doc, float otherScore, int otherDoc) =>
        score > otherScore || (score == otherScore && doc < otherDoc);
}
