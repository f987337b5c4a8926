using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search.Scoring;

/// <summary>
/// A query of terms any of which may match (a word searched alone: its exact form or its stems),
/// scored part by part in batches, with the scores Lucene's own scorers give.
/// <para>
/// Lucene scores each matching paragraph in turn: it reads the term's next posting, then the
/// paragraph's length (its norm) to score it, then hands it to the collectors. The norms of
/// scattered paragraphs are cache misses, each waited for alone. Here every posting of a term in
/// the part is read first, then all of them scored in a loop of their own (so the processor has
/// many norm reads in flight at once), then the terms' lists merged by paragraph.
/// </para>
/// </summary>
internal sealed class TermDisjunction
{
    private readonly Similarity _similarity;
    private readonly (Term Term, TermContext States, Similarity.SimWeight Stats)[] _terms;

    private TermDisjunction(Similarity similarity, (Term, TermContext, Similarity.SimWeight)[] terms)
    {
        _similarity = similarity;
        _terms = terms;
    }

    /// <summary>How many postings the terms have in the whole index: the paragraphs to score, counting one for each term it has.</summary>
    public long Postings => _terms.Sum(t => (long)t.States.DocFreq);

    /// <summary>
    /// The query as a disjunction of terms, weighted as <see cref="IndexSearcher.CreateNormalizedWeight"/>
    /// weights it; null when it is anything else (a phrase, a required clause, nested clauses).
    /// </summary>
    public static TermDisjunction? Of(Query query, IndexSearcher searcher)
    {
        if (query is not BooleanQuery { MinimumNumberShouldMatch: 0 } any || any.Clauses.Count == 0
            || any.Clauses.Any(c => c.Occur != Occur.SHOULD || c.Query is not TermQuery))
        {
            return null;
        }
        var similarity = searcher.Similarity;
        var terms = new (Term, TermContext, Similarity.SimWeight)[any.Clauses.Count];
        var sum = 0f;
        for (var i = 0; i < terms.Length; i++)
        {
            var termQuery = (TermQuery)any.Clauses[i].Query;
            var (states, stats) = TermScoring.Weigh(searcher, termQuery.Term, termQuery.Boost);
            sum += stats.GetValueForNormalization();
            terms[i] = (termQuery.Term, states, stats);
        }
        // As BooleanWeight and IndexSearcher normalise the clauses' weights.
        var norm = similarity.QueryNorm(sum * any.Boost * any.Boost);
        if (float.IsInfinity(norm) || float.IsNaN(norm))
        {
            norm = 1f;
        }
        foreach (var (_, _, stats) in terms)
        {
            stats.Normalize(norm, any.Boost);
        }
        return new TermDisjunction(similarity, terms);
    }

    /// <summary>Gives <paramref name="collector"/> every paragraph of the part that has a term, in document order, with its score.</summary>
    public void Score(AtomicReaderContext leaf, ICollector collector)
    {
        var lists = new List<Scored>(_terms.Length);
        try
        {
            foreach (var (term, states, stats) in _terms)
            {
                if (Read(leaf, term, states, stats) is { } scored)
                {
                    lists.Add(scored);
                }
            }
            var current = new CurrentScore();
            collector.SetScorer(current);
            if (lists.Count == 1)
            {
                var only = lists[0];
                for (var i = 0; i < only.Count; i++)
                {
                    current.Set(only.Docs[i], only.Scores[i]);
                    collector.Collect(only.Docs[i]);
                }
                return;
            }
            Merge(lists, current, collector);
        }
        finally
        {
            foreach (var scored in lists)
            {
                scored.Return();
            }
        }
    }

    /// <summary>
    /// The lists merged by paragraph, a paragraph's scores summed as Lucene's disjunction scorers
    /// sum them (in double, then rounded to float; with BM25 every clause counts fully).
    /// </summary>
    private static void Merge(List<Scored> lists, CurrentScore current, ICollector collector)
    {
        var next = new int[lists.Count];
        while (true)
        {
            var doc = int.MaxValue;
            for (var k = 0; k < lists.Count; k++)
            {
                if (next[k] < lists[k].Count && lists[k].Docs[next[k]] < doc)
                {
                    doc = lists[k].Docs[next[k]];
                }
            }
            if (doc == int.MaxValue)
            {
                return;
            }
            var score = 0d;
            for (var k = 0; k < lists.Count; k++)
            {
                if (next[k] < lists[k].Count && lists[k].Docs[next[k]] == doc)
                {
                    score += lists[k].Scores[next[k]++];
                }
            }
            current.Set(doc, (float)score);
            collector.Collect(doc);
        }
    }

    /// <summary>A term's postings in the part, scored; null when the part does not have the term.</summary>
    private Scored? Read(AtomicReaderContext leaf, Term term, TermContext states, Similarity.SimWeight stats)
    {
        if (TermScoring.Postings(leaf, term, states, DocsFlags.FREQS, out var docFreq, reuse: true) is not { } postings)
        {
            return null;
        }
        var scored = new Scored(docFreq);
        var count = 0;
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            scored.Docs[count] = doc;
            scored.Scores[count] = postings.Freq;
            count++;
        }
        scored.Count = count;
        var scorer = _similarity.GetSimScorer(stats, leaf);
        var docs = scored.Docs;
        var scores = scored.Scores;
        for (var i = 0; i < count; i++)
        {
            scores[i] = scorer.Score(docs[i], scores[i]);
        }
        return scored;
    }

    /// <summary>One term's paragraphs and scores (first its frequencies), in arrays borrowed from the pool.</summary>
    private sealed class Scored(int capacity)
    {
        public int[] Docs { get; } = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 1));

        public float[] Scores { get; } = ArrayPool<float>.Shared.Rent(Math.Max(capacity, 1));

        public int Count { get; set; }

        public void Return()
        {
            ArrayPool<int>.Shared.Return(Docs);
            ArrayPool<float>.Shared.Return(Scores);
        }
    }

    /// <summary>The scorer the collectors see: the paragraph being collected and its score.</summary>
    internal sealed class CurrentScore() : Scorer(null)
    {
        private int _doc = -1;
        private float _score;

        public void Set(int doc, float score)
        {
            _doc = doc;
            _score = score;
        }

        public override int DocID => _doc;

        public override int Freq => 1;

        public override float GetScore() => _score;

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 1;
    }
}
