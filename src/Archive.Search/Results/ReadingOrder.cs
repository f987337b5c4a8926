using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Results;

/// <summary>
/// Hits sorted by date (then transcript, then score) put back, within each transcript, in the order
/// its paragraphs are read (by number, from doc values): an export by date reads like the transcripts.
/// </summary>
internal static class ReadingOrder
{
    public static ScoreDoc[] Of(ScoreDoc[] byDate, IndexReader reader)
    {
        var leaves = reader.Leaves;
        var numbers = leaves.Select(l => l.AtomicReader.GetNumericDocValues(SearchFields.N)).ToArray();
        long N(ScoreDoc hit)
        {
            var leaf = ReaderUtil.SubIndex(hit.Doc, leaves);
            return numbers[leaf]?.Get(hit.Doc - leaves[leaf].DocBase) ?? 0;
        }
        var ordered = (ScoreDoc[])byDate.Clone();
        var start = 0;
        for (var i = 1; i <= ordered.Length; i++)
        {
            // The sort's second field is the transcript id: a run of equal ids is one transcript.
            if (i == ordered.Length || !Equals(TranscriptOf(ordered[i]), TranscriptOf(ordered[start])))
            {
                Array.Sort(ordered, start, i - start, Comparer<ScoreDoc>.Create((a, b) => N(a).CompareTo(N(b))));
                start = i;
            }
        }
        return ordered;
    }

    private static BytesRef? TranscriptOf(ScoreDoc hit) => hit is FieldDoc { Fields: [_, BytesRef id, ..] } ? id : null;
}
