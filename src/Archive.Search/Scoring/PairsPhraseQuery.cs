using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Archive.Search.Scoring;

/// <summary>
/// A phrase of the exact field whose neighbouring words are all indexed as pairs
/// (<see cref="PairsAnalyzer"/>), matched and counted through its pairs and scored as Lucene's
/// <see cref="PhraseQuery"/> over its words would score it. The phrase stands at a position exactly
/// where its pairs stand one after another from there, so Lucene's phrase scorer over the pairs
/// (<see cref="SearchFields.TextPairs"/>) finds the same paragraphs and the same count in each; the
/// score is then the words' own (their statistics and the exact field's length norms), to the bit.
/// What it saves: the positions of "the" and "of" in every paragraph that holds all the words
/// (docs/performance.md, "Hand-written parts and what they pay").
/// </summary>
internal sealed class PairsPhraseQuery : Query
{
    private readonly Term[] _words;
    private readonly PhraseQuery _pairs = new();

    private PairsPhraseQuery(IReadOnlyList<string> tokens)
    {
        _words = [.. tokens.Select(t => new Term(SearchFields.TextExact, t))];
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            _pairs.Add(new Term(SearchFields.TextPairs, PairsAnalyzer.Pair(tokens[i], tokens[i + 1])), i);
        }
    }

    /// <summary>The phrase of <paramref name="tokens"/> (exact analysis) through its pairs, or null when one of its neighbouring pairs is not indexed.</summary>
    public static PairsPhraseQuery? For(IReadOnlyList<string> tokens)
    {
        if (tokens.Count < 2)
        {
            return null;
        }
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!PairsAnalyzer.IsPair(tokens[i], tokens[i + 1]))
            {
                return null;
            }
        }
        return new PairsPhraseQuery(tokens);
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new PairsWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var word in _words)
        {
            terms.Add(word);
        }
    }

    public override string ToString(string field) =>
        $"{SearchFields.TextExact}:\"{string.Join(" ", _words.Select(w => w.Text))}\" (by pairs){ToStringUtils.Boost(Boost)}";

    public override bool Equals(object? obj) =>
        obj is PairsPhraseQuery other && Boost == other.Boost && _words.SequenceEqual(other._words);

    public override int GetHashCode() => _words.Aggregate(Boost.GetHashCode(), (hash, word) => HashCode.Combine(hash, word));

    private sealed class PairsWeight : Weight
    {
        private readonly PairsPhraseQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly Weight _pairs;

        public PairsWeight(PairsPhraseQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            // As Lucene's PhraseWeight: the words' statistics over the whole index, and the exact field's.
            var top = searcher.TopReaderContext;
            var statistics = query._words.Select(w => searcher.TermStatistics(w, TermContext.Build(top, w))).ToArray();
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(SearchFields.TextExact), statistics);
            // Only its matches and counts are read, never its score (one pair is a TermQuery, as Lucene rewrites it).
            _pairs = searcher.Rewrite(query._pairs).CreateWeight(searcher);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) =>
            _pairs.GetScorer(context, acceptDocs) is { } pairs ? new PairsScorer(this, pairs, _similarity.GetSimScorer(_stats, context)) : null;

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
            {
                return new Explanation(scorer.GetScore(), $"phrase {_query} found {scorer.Freq} times through its pairs");
            }
            return new Explanation(0, "no matching phrase");
        }
    }

    private sealed class PairsScorer(Weight weight, Scorer pairs, Similarity.SimScorer words) : Scorer(weight)
    {
        public override int DocID => pairs.DocID;

        public override int Freq => pairs.Freq;

        public override float GetScore() => words.Score(pairs.DocID, pairs.Freq);

        public override int NextDoc() => pairs.NextDoc();

        public override int Advance(int target) => pairs.Advance(target);

        public override long GetCost() => pairs.GetCost();
    }
}
