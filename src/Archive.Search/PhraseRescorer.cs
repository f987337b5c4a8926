using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Archive.Search;

/// <summary>
/// Adds a near-quote's phrase boosts to the scores of its best candidates, looking at those
/// paragraphs only. Exact phrases (the word pairs) are matched here from each word's positions in
/// the candidate, reached through the postings' skip lists, and scored by the searcher's
/// similarity with the phrase's statistics, as Lucene's phrase scorer scores them: a phrase scorer
/// would decode the postings of its rarest word up to every candidate, which for "of the" is most of
/// the index. Other clauses (the sloppy phrase) are scored by Lucene, restricted to the candidates.
/// </summary>
internal static class PhraseRescorer
{
    /// <summary>Adds to each hit (sorted by document) the score of the <paramref name="boosts"/> clauses it matches.</summary>
    public static void Rescore(IndexSearcher searcher, ScoreDoc[] hits, BooleanQuery boosts)
    {
        var exact = new List<PhraseQuery>();
        var others = new BooleanQuery();
        foreach (var clause in boosts.Clauses)
        {
            if (clause.Query is PhraseQuery { Slop: 0 } phrase && phrase.GetTerms().Length > 0)
            {
                exact.Add(phrase);
            }
            else
            {
                others.Add(clause.Query, Occur.SHOULD);
            }
        }
        var othersWeight = others.Clauses.Count > 0 ? searcher.CreateNormalizedWeight(others) : null;
        var phrases = exact.Select(p => new ExactPhrase(searcher, p)).ToList();
        var words = phrases.SelectMany(p => p.Words).Distinct(StringComparer.Ordinal).ToList();
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        var end = 0;
        Scorer? scorer = null;
        var postings = new DocsAndPositionsEnum?[words.Count];
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            positions[word] = [];
        }
        for (var i = 0; i < hits.Length; i++)
        {
            var hit = hits[i];
            if (hit.Doc >= end)
            {
                // The next part of the index that has hits: the others need nothing set up.
                leaf = ReaderUtil.SubIndex(hit.Doc, leaves);
                var context = leaves[leaf];
                end = context.DocBase + context.Reader.MaxDoc;
                var accepted = new FixedBitSet(context.Reader.MaxDoc);
                for (var j = i; j < hits.Length && hits[j].Doc < end; j++)
                {
                    accepted.Set(hits[j].Doc - context.DocBase);
                }
                scorer = othersWeight?.GetScorer(context, accepted);
                var terms = context.AtomicReader.GetTerms(SearchFields.TextExact)?.GetEnumerator();
                for (var w = 0; w < words.Count; w++)
                {
                    postings[w] = terms is not null && terms.SeekExact(new BytesRef(words[w])) ? terms.DocsAndPositions(null, null) : null;
                }
                phrases.ForEach(p => p.SetNextReader(context));
            }
            var target = hit.Doc - leaves[leaf].DocBase;
            if (scorer is not null && (scorer.DocID < target ? scorer.Advance(target) : scorer.DocID) == target)
            {
                hit.Score += scorer.GetScore();
            }
            if (phrases.Count == 0)
            {
                continue;
            }
            for (var w = 0; w < words.Count; w++)
            {
                var list = positions[words[w]];
                list.Clear();
                if (postings[w] is { } p && (p.DocID < target ? p.Advance(target) : p.DocID) == target)
                {
                    for (var k = p.Freq; k > 0; k--)
                    {
                        list.Add(p.NextPosition());
                    }
                }
            }
            foreach (var phrase in phrases)
            {
                hit.Score += phrase.Score(target, positions);
            }
        }
    }

    /// <summary>One exact phrase: its words at their offsets, and its weight as the phrase query computes it.</summary>
    private sealed class ExactPhrase
    {
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _weight;
        private readonly int[] _offsets;
        private Similarity.SimScorer? _scorer;

        public ExactPhrase(IndexSearcher searcher, PhraseQuery phrase)
        {
            var terms = phrase.GetTerms();
            Words = [.. terms.Select(t => t.Text)];
            var positions = phrase.GetPositions();
            _offsets = [.. positions.Select(p => p - positions[0])];
            _similarity = searcher.Similarity;
            var top = searcher.TopReaderContext;
            var statistics = terms.Select(t => searcher.TermStatistics(t, TermContext.Build(top, t))).ToArray();
            _weight = _similarity.ComputeWeight(phrase.Boost, searcher.CollectionStatistics(terms[0].Field), statistics);
            // As IndexSearcher normalizes the whole query: the similarity's query norm (1 for BM25),
            // the boosts of the query and of the clause's parent (1) passed down.
            _weight.GetValueForNormalization();
            _weight.Normalize(1f, 1f);
        }

        public string[] Words { get; }

        public void SetNextReader(AtomicReaderContext context) => _scorer = _similarity.GetSimScorer(_weight, context);

        /// <summary>The phrase's score in <paramref name="doc"/>, 0 when it does not stand there.</summary>
        public float Score(int doc, Dictionary<string, List<int>> positions)
        {
            var first = positions[Words[0]];
            var freq = 0;
            foreach (var start in first)
            {
                var all = true;
                for (var k = 1; k < Words.Length && all; k++)
                {
                    all = positions[Words[k]].Contains(start + _offsets[k]);
                }
                freq += all ? 1 : 0;
            }
            return freq == 0 ? 0 : _scorer!.Score(doc, freq);
        }
    }
}
