using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Archive.Search.Scoring;

/// <summary>
/// Adds a near-quote's phrase boosts to the scores of its best candidates, looking at those
/// paragraphs only. Exact phrases (the word pairs) are matched here from each word's positions in
/// the candidate, reached through the postings' skip lists, and scored by the searcher's
/// similarity with the phrase's statistics, as Lucene's phrase scorer scores them: a phrase scorer
/// would decode the postings of its rarest word up to every candidate, which for "of the" is most of
/// the index. Other clauses (the sloppy phrase) are scored by Lucene, restricted to the candidates.
/// </summary>
internal sealed class PhraseRescorer
{
    private readonly Weight? _othersWeight;
    private readonly List<ExactPhrase> _phrases;
    private readonly List<(string Word, TermContext States)> _words;
    private readonly string _field;

    /// <summary>The other clauses' sloppy phrases, by the window their words must stand in.</summary>
    private readonly List<SloppyWindow> _sloppy = [];

    /// <summary>Whether another clause is no phrase of this field, so that any candidate may match it.</summary>
    private readonly bool _othersAnywhere;

    /// <summary>
    /// Weighs the <paramref name="boosts"/> clauses once for the whole search (looking up their
    /// words in every part of the index); <see cref="Rescore"/> then runs for each part on its own thread.
    /// </summary>
    public PhraseRescorer(IndexSearcher searcher, BooleanQuery boosts)
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
        _othersWeight = others.Clauses.Count > 0 ? searcher.CreateNormalizedWeight(others) : null;
        // The paragraph's words, or the words across a break (PassageQuery): one field per search.
        _field = exact.Count > 0 ? exact[0].GetTerms()[0].Field
            : others.Clauses.Select(c => c.Query).OfType<PhraseQuery>().FirstOrDefault(p => p.GetTerms().Length > 0)?.GetTerms()[0].Field ?? SearchFields.TextExact;
        var states = new Dictionary<Term, TermContext>();
        _phrases = [.. exact.Select(p => new ExactPhrase(searcher, p, states))];
        foreach (var clause in others.Clauses)
        {
            if (clause.Query is PhraseQuery phrase && phrase.GetTerms() is { Length: > 0 } terms && terms.All(t => t.Field == _field))
            {
                _sloppy.Add(new SloppyWindow(phrase));
                foreach (var term in terms.Where(t => !states.ContainsKey(t)))
                {
                    states[term] = TermContext.Build(searcher.TopReaderContext, term);
                }
            }
            else
            {
                _othersAnywhere = true;
            }
        }
        _words = [.. states.Select(s => (s.Key.Text, s.Value))];
    }

    /// <summary>Adds to each hit (all in one part of the index, sorted by document) the score of the boosts it matches.</summary>
    public void Rescore(IndexSearcher searcher, ScoreDoc[] hits)
    {
        if (hits.Length == 0)
        {
            return;
        }
        var leaves = searcher.IndexReader.Leaves;
        var context = leaves[ReaderUtil.SubIndex(hits[0].Doc, leaves)];
        var accepted = new FixedBitSet(context.Reader.MaxDoc);
        foreach (var hit in hits)
        {
            accepted.Set(hit.Doc - context.DocBase);
        }
        var scorer = _othersWeight?.GetScorer(context, accepted);
        var terms = context.AtomicReader.GetTerms(_field)?.GetEnumerator();
        var postings = new DocsAndPositionsEnum?[_words.Count];
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var w = 0; w < _words.Count; w++)
        {
            var (word, states) = _words[w];
            positions[word] = [];
            if (terms is not null && states.Get(context.Ord) is { } state)
            {
                terms.SeekExact(new BytesRef(word), state);
                postings[w] = terms.DocsAndPositions(null, null);
            }
        }
        var phraseScorers = _phrases.Select(p => p.Scorer(context)).ToArray();
        foreach (var hit in hits)
        {
            var target = hit.Doc - context.DocBase;
            for (var w = 0; w < _words.Count; w++)
            {
                var list = positions[_words[w].Word];
                list.Clear();
                if (postings[w] is { } p && (p.DocID < target ? p.Advance(target) : p.DocID) == target)
                {
                    for (var k = p.Freq; k > 0; k--)
                    {
                        list.Add(p.NextPosition());
                    }
                }
            }
            // Lucene's sloppy phrase scorer, sent to a candidate whose words do not stand near enough
            // together, reads on through the other candidates to the next that has them: it is only
            // sent to those whose words could match.
            if (scorer is not null && (_othersAnywhere || _sloppy.Exists(s => s.MayMatch(positions)))
                && (scorer.DocID < target ? scorer.Advance(target) : scorer.DocID) == target)
            {
                hit.Score += scorer.GetScore();
            }
            for (var i = 0; i < _phrases.Count; i++)
            {
                hit.Score += _phrases[i].Score(phraseScorers[i], target, positions);
            }
        }
    }

    /// <summary>
    /// A sloppy phrase as a test its matches pass: Lucene matches it where each word stands at its
    /// offset in the phrase moved by at most the slop, all of them within a window of that width
    /// (each word's position less its offset lies between P and P + slop, for some P). A candidate
    /// that has no such window has no match; one that has may still have none (a word written twice
    /// needs two positions).
    /// </summary>
    private sealed class SloppyWindow(PhraseQuery phrase)
    {
        private readonly string[] _words = [.. phrase.GetTerms().Select(t => t.Text)];
        private readonly int[] _offsets = phrase.GetPositions();
        private readonly int _slop = phrase.Slop;

        public bool MayMatch(Dictionary<string, List<int>> positions)
        {
            foreach (var first in positions[_words[0]])
            {
                for (var start = first - _offsets[0] - _slop; start <= first - _offsets[0]; start++)
                {
                    var all = true;
                    for (var i = 1; i < _words.Length && all; i++)
                    {
                        var (from, to) = (start + _offsets[i], start + _offsets[i] + _slop);
                        all = positions[_words[i]].Exists(p => p >= from && p <= to);
                    }
                    if (all)
                    {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /// <summary>
    /// One exact phrase: its words at their offsets, and its weight as the phrase query computes it,
    /// from the words' states in every part (shared by the phrases, and added to).
    /// </summary>
    private sealed class ExactPhrase
    {
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _weight;
        private readonly int[] _offsets;

        public ExactPhrase(IndexSearcher searcher, PhraseQuery phrase, Dictionary<Term, TermContext> states)
        {
            var terms = phrase.GetTerms();
            Words = [.. terms.Select(t => t.Text)];
            var positions = phrase.GetPositions();
            _offsets = [.. positions.Select(p => p - positions[0])];
            _similarity = searcher.Similarity;
            var top = searcher.TopReaderContext;
            var statistics = terms.Select(t => searcher.TermStatistics(t, states.TryGetValue(t, out var known) ? known : states[t] = TermContext.Build(top, t))).ToArray();
            _weight = _similarity.ComputeWeight(phrase.Boost, searcher.CollectionStatistics(terms[0].Field), statistics);
            // As IndexSearcher normalizes the whole query: the similarity's query norm (1 for BM25),
            // the boosts of the query and of the clause's parent (1) passed down.
            _weight.GetValueForNormalization();
            _weight.Normalize(1f, 1f);
        }

        public string[] Words { get; }

        public Similarity.SimScorer Scorer(AtomicReaderContext context) => _similarity.GetSimScorer(_weight, context);

        /// <summary>The phrase's score in <paramref name="doc"/>, 0 when it does not stand there.</summary>
        public float Score(Similarity.SimScorer scorer, int doc, Dictionary<string, List<int>> positions)
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
            return freq == 0 ? 0 : scorer.Score(doc, freq);
        }
    }
}
