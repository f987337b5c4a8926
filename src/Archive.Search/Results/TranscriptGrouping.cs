using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Results;

/// <summary>
/// Paragraphs in rank order, grouped by transcript in order of each one's best paragraph: a result
/// page lists transcripts, each with its best few paragraphs.
/// </summary>
internal static class TranscriptGrouping
{
    /// <summary>
    /// How many transcripts <paramref name="docs"/> hold, and the paragraphs of those after the first
    /// <paramref name="skip"/>: at most <paramref name="take"/> transcripts and at most
    /// <paramref name="perTranscript"/> paragraphs each.
    /// </summary>
    public static (int Count, List<List<ScoreDoc>> Page) Group(IndexReader reader, PackedFacetValues? values, ScoreDoc[] docs, int skip, int take, int perTranscript)
    {
        // A transcript's paragraphs always share a segment (see IndexBuilder), so a segment and
        // the id's ordinal in it name the transcript without looking up its id; once the facet
        // values are in memory, its number does so without reading the index.
        var leaves = reader.Leaves;
        var packed = new PackedFacetValues.Leaf?[leaves.Count];
        var ids = new SortedDocValues?[leaves.Count];
        for (var i = 0; i < leaves.Count; i++)
        {
            packed[i] = values?.For(leaves[i]);
            ids[i] = leaves[i].AtomicReader.GetSortedDocValues(SearchFields.Id);
        }
        var page = new List<List<ScoreDoc>>(take);
        var byTranscript = new Dictionary<long, int>(docs.Length);
        foreach (var doc in docs)
        {
            var leaf = ReaderUtil.SubIndex(doc.Doc, leaves);
            var inLeaf = doc.Doc - leaves[leaf].DocBase;
            // Numbers as negative keys, so that they never meet a segment's ordinals.
            var key = packed[leaf]?.Transcript(inLeaf) is { } number and >= 0
                ? -1L - number
                : ((long)leaf << 32) | (uint)(ids[leaf]?.GetOrd(inLeaf) ?? doc.Doc);
            if (!byTranscript.TryGetValue(key, out var group))
            {
                byTranscript[key] = group = byTranscript.Count;
                if (group - skip is >= 0 and var onPage && onPage < take)
                {
                    page.Add(new(perTranscript));
                }
            }
            if (group - skip is >= 0 and var at && at < take && page[at].Count < perTranscript)
            {
                page[at].Add(doc);
            }
        }
        return (byTranscript.Count, page);
    }
}
