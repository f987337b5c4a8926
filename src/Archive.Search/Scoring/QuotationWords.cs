using System.Buffers;
using Archive.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search.Scoring;

/// <summary>
/// A near-quote's words ("most of them must match", see <see cref="QueryBuilder"/>) scored part by
/// part in two passes over each distinct word's postings, with the matches and scores Lucene's
/// minimum-should-match scorer gives.
/// <para>
/// Lucene scores one clause per word as written, so in "government of the people by the people"
/// the postings of <c>the</c> and <c>people</c> are each read twice, and every clause is advanced to
/// every candidate in turn. Here a repeated word is one clause counted as many times as it is
/// written: the first pass counts, per paragraph, how many of the quotation's words it has (reading
/// paragraph numbers only); the second scores the paragraphs with enough of them, walking each
/// word's postings alongside that sorted list. Scores are summed as Lucene sums them: each word's
/// as its own scorer gives it (exact form plus stem in float), all of them in double, then float.
/// Each word's postings are read at most twice, so the cost is bounded by them; the search's time
/// limit applies when the paragraphs are handed to the collectors.
/// </para>
/// <para>
/// A quotation across a paragraph break (<see cref="PassageQuery"/>) is the same words required
/// beside the pairs of words that meet at the break, which score nothing. Lucene leads that
/// conjunction with the pairs but lets the minimum-should-match scorer run on, past each pair that
/// lacks the words, to the next passage that has enough of them, reading the common words'
/// postings through much of the field; here the pairs' passages are the candidates, and each word
/// is only looked up in them.
/// </para>
/// </summary>
internal sealed class QuotationWords
{
    private readonly Similarity _similarity;
    private readonly Word[] _words;
    private readonly int _needed;

    /// <summary>Terms one of which a match must have, scoring nothing (the pairs at a break); null for a paragraph's words.</summary>
    private readonly (Term Term, TermContext States)[]? _where;

    private QuotationWords(Similarity similarity, Word[] words, int needed, (Term, TermContext)[]? where)
    {
        _similarity = similarity;
        _words = words;
        _needed = needed;
        _where = where;
    }

    /// <summary>
    /// The query as a near-quote's words, or null when it is anything else: more than one word
    /// needed, every clause optional, each a term, a required stem with an optional exact form, or
    /// terms any of which may match, and no boosts; or those words required beside terms any of
    /// which must match and whose boost is 0 (a quotation across a break, <see cref="PassageQuery"/>).
    /// </summary>
    public static QuotationWords? Of(Query query, IndexSearcher searcher)
    {
        if (query is BooleanQuery { Boost: 1f, MinimumNumberShouldMatch: 0, Clauses: [{ Occur: Occur.MUST } first, { Occur: Occur.MUST } second] })
        {
            var (where, loose) = first.Query is BooleanQuery { MinimumNumberShouldMatch: > 1 } ? (second.Query, first.Query) : (first.Query, second.Query);
            if (where is not BooleanQuery { Boost: 0f, MinimumNumberShouldMatch: 0, Clauses.Count: > 0 } any
                || any.Clauses.Any(c => c is not { Occur: Occur.SHOULD, Query: TermQuery { Boost: 1f } })
                || Of(loose, searcher) is not { _where: null } quotation)
            {
                return null;
            }
            var terms = any.Clauses.Select(c => ((TermQuery)c.Query).Term).Distinct().Select(t => (t, TermScoring.Weigh(searcher, t, 0f).States)).ToArray();
            return new QuotationWords(quotation._similarity, quotation._words, quotation._needed, terms);
        }
        if (query is not BooleanQuery { MinimumNumberShouldMatch: > 1, Boost: 1f } most
            || most.Clauses.Count > byte.MaxValue || most.Clauses.Any(c => c.Occur != Occur.SHOULD))
        {
            return null;
        }
        var shapes = new List<(Shape Shape, Term[] Terms, int Count)>();
        foreach (var clause in most.Clauses)
        {
            if (ShapeOf(clause.Query) is not { } shape)
            {
                return null;
            }
            var same = shapes.FindIndex(s => s.Shape == shape.Shape && s.Terms.SequenceEqual(shape.Terms));
            if (same >= 0)
            {
                shapes[same] = shapes[same] with { Count = shapes[same].Count + 1 };
            }
            else
            {
                shapes.Add((shape.Shape, shape.Terms, 1));
            }
        }
        var similarity = searcher.Similarity;
        var states = new Dictionary<Term, (TermContext States, Similarity.SimWeight Stats)>();
        var sum = 0f;
        foreach (var (_, terms, count) in shapes)
        {
            foreach (var term in terms)
            {
                if (!states.TryGetValue(term, out var known))
                {
                    known = states[term] = TermScoring.Weigh(searcher, term, 1f);
                }
                sum += count * known.Stats.GetValueForNormalization();
            }
        }
        // As BooleanWeight and IndexSearcher normalise every clause's weights (BM25 ignores the norm).
        var norm = similarity.QueryNorm(sum);
        if (float.IsInfinity(norm) || float.IsNaN(norm))
        {
            norm = 1f;
        }
        foreach (var (_, stats) in states.Values)
        {
            stats.Normalize(norm, 1f);
        }
        // Rarest first: the rarest words decide which paragraphs are worth looking at.
        var words = shapes.Select(s => new Word(s.Shape, [.. s.Terms.Select(t => (t, states[t].States, states[t].Stats))], s.Count))
            .OrderBy(w => w.Postings).ToArray();
        return new QuotationWords(similarity, words, most.MinimumNumberShouldMatch, null);
    }

    private static (Shape Shape, Term[] Terms)? ShapeOf(Query query)
    {
        switch (query)
        {
            case TermQuery { Boost: 1f } term:
                return (Shape.Term, [term.Term]);
            case BooleanQuery { Boost: 1f, MinimumNumberShouldMatch: 0, Clauses: [{ Occur: Occur.MUST, Query: TermQuery { Boost: 1f } stem }, { Occur: Occur.SHOULD, Query: TermQuery { Boost: 1f } exact }] }:
                return (Shape.StemAndExact, [stem.Term, exact.Term]);
            // One optional term is that term (Lucene rewrites it so); more are any of them.
            case BooleanQuery { Boost: 1f, MinimumNumberShouldMatch: 0, Clauses.Count: > 0 } any
                when any.Clauses.All(c => c is { Occur: Occur.SHOULD, Query: TermQuery { Boost: 1f } }):
                return (any.Clauses.Count == 1 ? Shape.Term : Shape.AnyTerm, [.. any.Clauses.Select(c => ((TermQuery)c.Query).Term)]);
            default:
                return null;
        }
    }

    /// <summary>
    /// Gives <paramref name="collector"/> every paragraph of the part with enough of the words, in
    /// document order, with its score. A paragraph may miss words written <c>allowance</c> times in
    /// all, so it must have one of the rarest words that together are written more often than that:
    /// those are read whole (paragraph numbers only) to find the candidates; every other word, rarest
    /// first, is only looked up in the candidates still able to reach enough words. Then the matches
    /// are scored, word by word, rarest first.
    /// <para>
    /// With <paramref name="best"/> above 0 (a search by relevance that keeps that many of the part's
    /// paragraphs), a match stops being scored once its score so far, plus the most the words left
    /// could add, is below the <paramref name="best"/>-th best score so far (MaxScore): it cannot be
    /// among them, and is given with that lower score. The common words, whose postings are the
    /// longest, are then scored in the few paragraphs that can still make the best. The paragraphs
    /// matched, and the best ones with their scores, are the same either way.
    /// </para>
    /// </summary>
    public void Score(AtomicReaderContext leaf, ICollector collector, int best)
    {
        var maxDoc = leaf.Reader.MaxDoc;
        var allowance = _words.Sum(w => w.Times) - _needed;
        var leading = 0;
        for (var written = 0; _where is null && written <= allowance && leading < _words.Length; leading++)
        {
            written += _words[leading].Times;
        }
        var counts = Scratch.Bytes.Rent(maxDoc);
        int[]? candidates = null;
        double[]? scores = null;
        int[]? live = null;
        try
        {
            Array.Clear(counts, 0, maxDoc);
            foreach (var word in _words.AsSpan(0, leading))
            {
                word.Count(leaf, counts);
            }
            var rest = 0;
            foreach (var word in _words.AsSpan(leading))
            {
                rest += word.Times;
            }
            candidates = Scratch.Ints.Rent(1024);
            var n = 0;
            if (_where is not null)
            {
                // The candidates: the passages with one of the required terms (marked, then found as below).
                foreach (var (term, states) in _where)
                {
                    var postings = TermScoring.Postings(leaf, term, states, DocsFlags.NONE, out _);
                    for (var doc = postings?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings!.NextDoc())
                    {
                        counts[doc] = 1;
                    }
                }
            }
            // The candidates: paragraphs counted at least this often so far (a vectorised search for them).
            var least = (byte)Math.Max(1, _needed - rest);
            var all = counts.AsSpan(0, maxDoc);
            for (var doc = all.IndexOfAnyInRange(least, byte.MaxValue); doc >= 0;)
            {
                if (n == candidates.Length)
                {
                    var larger = Scratch.Ints.Rent(n * 2);
                    candidates.AsSpan(0, n).CopyTo(larger);
                    Scratch.Ints.Return(candidates);
                    candidates = larger;
                }
                candidates[n++] = doc;
                var next = doc + 1 < maxDoc ? all[(doc + 1)..].IndexOfAnyInRange(least, byte.MaxValue) : -1;
                doc = next < 0 ? -1 : doc + 1 + next;
            }
            if (_where is not null)
            {
                // Counting starts from nothing in the candidates.
                foreach (var doc in candidates.AsSpan(0, n))
                {
                    counts[doc] = 0;
                }
            }
            // The other words counted in the candidates, keeping those that can still have enough.
            foreach (var word in _words.AsSpan(leading))
            {
                word.CountIn(leaf, candidates.AsSpan(0, n), counts);
                rest -= word.Times;
                var kept = 0;
                for (var i = 0; i < n; i++)
                {
                    if (counts[candidates[i]] + rest >= _needed)
                    {
                        candidates[kept++] = candidates[i];
                    }
                }
                n = kept;
            }
            // The matches scored word by word; live: the matches still being scored.
            scores = Scratch.Doubles.Rent(Math.Max(n, 1));
            scores.AsSpan(0, n).Clear();
            live = Scratch.Ints.Rent(Math.Max(n, 1));
            for (var i = 0; i < n; i++)
            {
                live[i] = i;
            }
            var m = n;
            double[]? most = null;
            for (var w = 0; w < _words.Length; w++)
            {
                _words[w].AddScores(_similarity, leaf, candidates, scores, live.AsSpan(0, m));
                if (best > 0 && m > best && w + 1 < _words.Length)
                {
                    most ??= [.. _words.Select(word => word.Most(_similarity, leaf))];
                    m = Competitive(scores, live, m, best, most.AsSpan(w + 1));
                }
            }
            var current = new TermDisjunction.CurrentScore();
            collector.SetScorer(current);
            for (var i = 0; i < n; i++)
            {
                current.Set(candidates[i], (float)scores[i]);
                collector.Collect(candidates[i]);
            }
        }
        finally
        {
            Scratch.Bytes.Return(counts);
            if (candidates is not null)
            {
                Scratch.Ints.Return(candidates);
            }
            if (scores is not null)
            {
                Scratch.Doubles.Return(scores);
            }
            if (live is not null)
            {
                Scratch.Ints.Return(live);
            }
        }
    }

    /// <summary>Every match of the part with its exact score (<see cref="Score(AtomicReaderContext, ICollector, int)"/> with no bound).</summary>
    public void Score(AtomicReaderContext leaf, ICollector collector) => Score(leaf, collector, 0);

    /// <summary>
    /// Keeps in <paramref name="live"/> (its first <paramref name="m"/>, in order) the matches that can
    /// still be among the <paramref name="best"/>: those whose score so far plus the most the words
    /// left can add (<paramref name="left"/>) reaches the <paramref name="best"/>-th best score so far,
    /// which at least that many matches already have. Returns how many are kept.
    /// </summary>
    private static int Competitive(double[] scores, int[] live, int m, int best, ReadOnlySpan<double> left)
    {
        var threshold = BestScore(scores, live.AsSpan(0, m), best);
        var add = 0d;
        foreach (var most in left)
        {
            add += most;
        }
        // A margin for rounding, wider than a float's step at the threshold: a match is let go only
        // when it is clearly below, so that it cannot tie with one of the best once rounded.
        add = add * (1 + 1e-5) + Math.Abs(threshold) * 1e-5;
        var kept = 0;
        for (var i = 0; i < m; i++)
        {
            if (scores[live[i]] + add >= threshold)
            {
                live[kept++] = live[i];
            }
        }
        return kept;
    }

    /// <summary>The <paramref name="best"/>-th highest of the scores of <paramref name="live"/> (a quickselect on a copy).</summary>
    private static double BestScore(double[] scores, ReadOnlySpan<int> live, int best)
    {
        var copy = Scratch.Doubles.Rent(live.Length);
        try
        {
            for (var i = 0; i < live.Length; i++)
            {
                copy[i] = scores[live[i]];
            }
            // The k-th smallest, k = live.Length - best: Hoare's selection, the middle value as pivot.
            var k = live.Length - best;
            var (lo, hi) = (0, live.Length - 1);
            while (lo < hi)
            {
                var pivot = copy[lo + ((hi - lo) >> 1)];
                var (i, j) = (lo, hi);
                while (i <= j)
                {
                    while (copy[i] < pivot)
                    {
                        i++;
                    }
                    while (copy[j] > pivot)
                    {
                        j--;
                    }
                    if (i <= j)
                    {
                        (copy[i], copy[j]) = (copy[j], copy[i]);
                        i++;
                        j--;
                    }
                }
                if (k <= j)
                {
                    hi = j;
                }
                else if (k >= i)
                {
                    lo = i;
                }
                else
                {
                    break;
                }
            }
            return copy[k];
        }
        finally
        {
            Scratch.Doubles.Return(copy);
        }
    }

    /// <summary>
    /// The per-part working arrays (half a megabyte of counts at 1M paragraphs, and the candidates
    /// and their scores) come from pools of their own that keep at most four arrays of a size, so
    /// the web process does not hold more of them than two searches at once need.
    /// </summary>
    private static class Scratch
    {
        public static readonly ArrayPool<byte> Bytes = ArrayPool<byte>.Create(1 << 24, 4);
        public static readonly ArrayPool<int> Ints = ArrayPool<int>.Create(1 << 24, 4);
        public static readonly ArrayPool<double> Doubles = ArrayPool<double>.Create(1 << 24, 4);
    }

    private enum Shape
    {
        /// <summary>One term (a stop word, which has no stem).</summary>
        Term,

        /// <summary>The stem required, the exact form adding to the score (a word among others).</summary>
        StemAndExact,

        /// <summary>Any of the terms (a word with more than one stem).</summary>
        AnyTerm,
    }

    /// <summary>One distinct word of the quotation: its terms, and how many times the quotation has it.</summary>
    private sealed class Word(Shape shape, (Term Term, TermContext States, Similarity.SimWeight Stats)[] terms, int times)
    {
        /// <summary>A word whose paragraphs are fewer than this many times the candidates is counted by reading them all.</summary>
        private const int ReadAllBelow = 8;

        /// <summary>How many times the quotation has the word.</summary>
        public int Times => times;

        /// <summary>The paragraphs of the whole index that have the word, or as many as its terms have between them.</summary>
        public long Postings => shape == Shape.StemAndExact ? terms[0].States.DocFreq : terms.Sum(t => (long)t.States.DocFreq);

        /// <summary>Adds <c>times</c> to the count of every paragraph of the part that has the word.</summary>
        public void Count(AtomicReaderContext leaf, byte[] counts)
        {
            // With a required stem, the stem's paragraphs are the word's; otherwise any term's, once each.
            var matching = shape == Shape.StemAndExact ? terms[..1] : terms;
            var postings = matching.Select(t => TermScoring.Postings(leaf, t.Term, t.States, DocsFlags.NONE, out _)).Where(p => p is not null).Select(p => p!).ToArray();
            if (postings.Length == 0)
            {
                return;
            }
            if (postings.Length == 1)
            {
                for (var doc = postings[0].NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings[0].NextDoc())
                {
                    counts[doc] += (byte)times;
                }
                return;
            }
            var docs = postings.Select(p => p.NextDoc()).ToArray();
            while (true)
            {
                var doc = docs.Min();
                if (doc == DocIdSetIterator.NO_MORE_DOCS)
                {
                    return;
                }
                counts[doc] += (byte)times;
                for (var k = 0; k < docs.Length; k++)
                {
                    if (docs[k] == doc)
                    {
                        docs[k] = postings[k].NextDoc();
                    }
                }
            }
        }

        /// <summary>
        /// Adds <c>times</c> to the count of each of <paramref name="candidates"/> (sorted) that has the
        /// word (and maybe of other paragraphs): by looking each candidate up, or, when the word's
        /// paragraphs are not many more than the candidates, by reading them all, which is cheaper
        /// than looking up most of them one by one.
        /// </summary>
        public void CountIn(AtomicReaderContext leaf, ReadOnlySpan<int> candidates, byte[] counts)
        {
            var matching = shape == Shape.StemAndExact ? terms[..1] : terms;
            var postings = matching.Select(t => TermScoring.Postings(leaf, t.Term, t.States, DocsFlags.NONE, out _)).Where(p => p is not null).Select(p => p!).ToArray();
            if (postings.Length == 0)
            {
                return;
            }
            if (postings.Sum(p => p.GetCost()) <= ReadAllBelow * (long)candidates.Length)
            {
                Count(leaf, counts);
                return;
            }
            var docs = postings.Select(_ => -1).ToArray();
            foreach (var candidate in candidates)
            {
                for (var k = 0; k < postings.Length; k++)
                {
                    if (docs[k] < candidate)
                    {
                        docs[k] = postings[k].Advance(candidate);
                    }
                    if (docs[k] == candidate)
                    {
                        counts[candidate] += (byte)times;
                        break;
                    }
                }
            }
        }

        /// <summary>
        /// At least the most the word can add to a paragraph's score in this part, <c>times</c> over: a
        /// term's BM25 score grows with its count in the paragraph towards its weight, which a count
        /// too large to occur gives.
        /// </summary>
        public double Most(Similarity similarity, AtomicReaderContext leaf)
        {
            var most = 0d;
            foreach (var (_, _, stats) in terms)
            {
                most += similarity.GetSimScorer(stats, leaf).Score(0, 1e30f);
            }
            return times * most;
        }

        /// <summary>
        /// Adds the word's score, <c>times</c> over, to the scores of the candidates <paramref name="live"/>
        /// names (indexes into <paramref name="candidates"/>, in order) that have it.
        /// </summary>
        public void AddScores(Similarity similarity, AtomicReaderContext leaf, int[] candidates, double[] scores, ReadOnlySpan<int> live)
        {
            var postings = new DocsEnum?[terms.Length];
            var scorers = new Similarity.SimScorer[terms.Length];
            for (var k = 0; k < terms.Length; k++)
            {
                postings[k] = TermScoring.Postings(leaf, terms[k].Term, terms[k].States, DocsFlags.FREQS, out _);
                scorers[k] = similarity.GetSimScorer(terms[k].Stats, leaf);
            }
            var docs = postings.Select(p => p is null ? DocIdSetIterator.NO_MORE_DOCS : -1).ToArray();
            foreach (var i in live)
            {
                var candidate = candidates[i];
                var sum = 0d;
                var stem = 0f;
                var any = false;
                for (var k = 0; k < docs.Length; k++)
                {
                    if (docs[k] < candidate)
                    {
                        docs[k] = postings[k]!.Advance(candidate);
                    }
                    if (docs[k] != candidate)
                    {
                        continue;
                    }
                    var score = scorers[k].Score(candidate, postings[k]!.Freq);
                    if (shape == Shape.StemAndExact)
                    {
                        // Lucene's ReqOptSumScorer: the required stem's score plus the exact form's, in float.
                        if (k == 0)
                        {
                            stem = score;
                            any = true;
                        }
                        else if (any)
                        {
                            stem += score;
                        }
                    }
                    else
                    {
                        sum += score;
                        any = true;
                    }
                }
                if (!any)
                {
                    continue;
                }
                // A disjunction of terms sums in double and rounds to float, as DisjunctionSumScorer does.
                var wordScore = shape == Shape.StemAndExact ? stem : (float)sum;
                scores[i] += times * (double)wordScore;
            }
        }
    }
}
