using Archive.Records;
using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Results;
using Archive.Search.Scoring;
using Archive.Search.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search;

/// <summary>
/// The one searcher over an imported index. The index never changes while the site runs, so a
/// single reader is opened once and shared by every request (IndexSearcher is thread-safe).
/// </summary>
public sealed class TranscriptSearcher : IDisposable
{
    /// <summary>Deep pages cost more than they are worth; past this people are told to narrow the search.</summary>
    public const int MaxPages = 25;

    /// <summary>The best paragraphs shown for one transcript.</summary>
    public const int HitsPerTranscript = 3;

    /// <summary>A search that runs longer is stopped and answers what it found so far.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    private const int MaxParagraphWindow = 20000;

    /// <summary>The note a search stopped by <see cref="TimeLimit"/> carries (once, whichever of a quotation's two searches was stopped).</summary>
    private static readonly string StoppedNote = $"The search took longer than {TimeLimit.TotalSeconds:0} seconds and was stopped, so the results are incomplete.";

    /// <summary>
    /// A near-quote's phrase boosts are scored on this many of the best paragraphs by its words
    /// alone (or on the window, if larger), not on every paragraph that matches: with common
    /// words that is tens of thousands of paragraphs whose positions would be read.
    /// </summary>
    internal const int RescoreDepth = 1000;
    private const int FacetValues = 12;
    private const int FewHits = 3;

    /// <summary>
    /// Lucene scores a disjunction (a word searched alone: its exact form or its stem) out of
    /// document order, in bulk, through a table of 2,048 buckets per part of the index; for a word
    /// with fewer postings than this per part, building that table costs more than it saves (it was a
    /// third of a rare word's garbage), so it is scored in batches (<see cref="TermDisjunction"/>).
    /// (Settable so that tests can take both ways.)
    /// </summary>
    internal long FewPostings { get; init; } = 20_000;

    private readonly SearchEngineOptions _options;
    private readonly IndexParts _index;
    private readonly IndexReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Lazy<Task<PackedFacetValues?>> _facetValues;

    /// <summary>False for an index written before <see cref="SearchFields.TextSpan"/>: quotations are then searched in paragraphs only.</summary>
    private readonly bool _hasBreakSpans;

    /// <summary>Whether phrases of frequent words are found through their pairs: asked for, and the index has them (<see cref="SearchFields.TextPairs"/>), made with this list of words.</summary>
    private readonly bool _phrasePairs;

    internal bool PhrasePairs => _phrasePairs;

    /// <summary>Opens the index of <paramref name="dataDir"/>, searched as <paramref name="options"/> say (by default <see cref="SearchEngineOptions.Default"/>).</summary>
    public TranscriptSearcher(string dataDir, SearchEngineOptions? options = null)
    {
        _options = options ?? SearchEngineOptions.Default;
        _index = IndexParts.Open(Path.Combine(dataDir, DataLayout.Index), _options.PositionalReads);
        _reader = _index.Reader;
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        // Read in the background once the first search is answered, so that neither opening nor
        // that search waits or shares the cores with it; until they are read, facets are counted
        // from doc values, with the same counts.
        _facetValues = new(() => _options.PackedFacetValues ? Task.Run(() => PackedFacetValues.Read(_reader)) : Task.FromResult<PackedFacetValues?>(null));
        Collections = CollectionsIn(_reader);
        _hasBreakSpans = MultiFields.GetTerms(_reader, SearchFields.TextSpan) is not null;
        // Pairs made with another list of frequent words would lack pairs a phrase now looks for.
        _phrasePairs = _options.PhrasePairs && MultiFields.GetTerms(_reader, SearchFields.TextPairs) is not null
            && _index.AllCommitted(PairsAnalyzer.CommitKey, PairsAnalyzer.FrequentList);
    }

    public SearchEngineOptions Options => _options;

    private static List<string> CollectionsIn(IndexReader reader)
    {
        var ids = new List<string>();
        var terms = MultiFields.GetTerms(reader, SearchFields.Collection)?.GetEnumerator();
        while (terms is not null && terms.MoveNext())
        {
            ids.Add(terms.Term.Utf8ToString());
        }
        return ids;
    }

    /// <summary>Reads the facet values now if no search has yet, and waits until they are in memory (for benchmarks that time searches).</summary>
    public void WaitForFacetValues() => _facetValues.Value.Wait();

    private PackedFacetValues? FacetValuesIfRead =>
        _facetValues.IsValueCreated && _facetValues.Value.IsCompletedSuccessfully ? _facetValues.Value.Result : null;

    public int ParagraphCount => _reader.NumDocs;

    /// <summary>The ids of the collections the index holds, in order; empty for an index written before collections.</summary>
    public IReadOnlyList<string> Collections { get; }

    internal IndexReader Reader => _reader;

    public SearchResults Search(SearchRequest request)
    {
        if (request.Query.Length > SearchRequest.MaxQueryLength)
        {
            return SearchResults.Refused($"The search is {request.Query.Length} characters long; the limit is {SearchRequest.MaxQueryLength}.");
        }
        var page = Math.Max(request.Page, 1);
        if (page > MaxPages)
        {
            return SearchResults.Refused($"Only the first {MaxPages} pages of results can be shown; narrow the search with dates, a venue or a speaker to see the rest.");
        }
        var parsed = UserQuery.Parse(request.Query);
        var built = QueryBuilder.Build(parsed, _phrasePairs);
        if (built is { TermCount: > SearchRequest.MaxTerms })
        {
            return SearchResults.Refused($"The search has {built.TermCount} words; the limit is {SearchRequest.MaxTerms}.");
        }
        if (built is null)
        {
            return SearchResults.Empty(parsed.Notes);
        }
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var notes = new List<string>(parsed.Notes);
        var boosts = Rescored(built, request.Sort);
        var query = Filtered(boosts is null ? built.Search : built.Matches!, request);
        using var facets = new FacetCollector(FacetValuesIfRead);
        var window = Math.Clamp(page * pageSize * 10, 10, MaxParagraphWindow);
        var (topDocs, complete) = Find(built, request, query, window, facets, notes, boosts);
        var skip = (page - 1) * pageSize;
        var (groups, onPage) = TranscriptGrouping.Group(_reader, FacetValuesIfRead, topDocs.ScoreDocs, skip, pageSize, HitsPerTranscript);
        // A few long transcripts can fill the window with their paragraphs and leave too few
        // transcripts for this page: widen the window (facets are already counted) and group again.
        while (complete && groups <= page * pageSize && topDocs.TotalHits > topDocs.ScoreDocs.Length && window < MaxParagraphWindow)
        {
            window = Math.Min(window * 4, MaxParagraphWindow);
            (topDocs, complete) = Find(built, request, query, window, null, notes, boosts);
            (groups, onPage) = TranscriptGrouping.Group(_reader, FacetValuesIfRead, topDocs.ScoreDocs, skip, pageSize, HitsPerTranscript);
        }
        var shown = new SearchGroup[onPage.Count];
        if (!_options.ParallelParts)
        {
            for (var i = 0; i < onPage.Count; i++)
            {
                shown[i] = ToGroup(onPage[i], built);
            }
        }
        else
        {
            // Stored fields read and snippets made on every core.
            Parallel.For(0, onPage.Count, i => shown[i] = ToGroup(onPage[i], built));
        }
        var hasMore = page < MaxPages && groups > page * pageSize;
        // Asked even when there are hits, since a misspelling can match through its stem or a few
        // typos of its own; but not for a pasted quotation with hits, whose many words would each
        // cost a walk over the term dictionary.
        var words = parsed.PositiveWords().ToList();
        var suggestion = topDocs.TotalHits < FewHits || words.Count < QueryBuilder.NearQuoteMinWords ? SpellingSuggester.Suggest(_reader, request.Query, words) : null;
        var results = new SearchResults(topDocs.TotalHits, facets.Transcripts, shown, facets.ToFacets(FacetValues), suggestion, notes, hasMore, null);
        _ = _facetValues.Value;
        return results;
    }

    /// <summary>
    /// Every paragraph <paramref name="request"/> matches (its page is ignored), at most
    /// <paramref name="limit"/>, in its order and with the same refusals as <see cref="Search"/>: the
    /// best <paramref name="limit"/> are found as a page's window is, and their stored fields are read
    /// only as <see cref="SearchExport.Paragraphs"/> is enumerated.
    /// </summary>
    public SearchExport Export(SearchRequest request, int limit)
    {
        if (request.Query.Length > SearchRequest.MaxQueryLength)
        {
            return SearchExport.Refused($"The search is {request.Query.Length} characters long; the limit is {SearchRequest.MaxQueryLength}.");
        }
        var parsed = UserQuery.Parse(request.Query);
        var built = QueryBuilder.Build(parsed, _phrasePairs);
        if (built is { TermCount: > SearchRequest.MaxTerms })
        {
            return SearchExport.Refused($"The search has {built.TermCount} words; the limit is {SearchRequest.MaxTerms}.");
        }
        if (built is null)
        {
            return SearchExport.Empty(parsed.Notes);
        }
        var notes = new List<string>(parsed.Notes);
        var boosts = Rescored(built, request.Sort);
        var query = Filtered(boosts is null ? built.Search : built.Matches!, request);
        var (topDocs, complete) = Find(built, request, query, Math.Max(limit, 1), null, notes, boosts);
        var docs = request.Sort == SearchSort.Relevance ? topDocs.ScoreDocs : ReadingOrder.Of(topDocs.ScoreDocs, _reader);
        return new SearchExport(topDocs.TotalHits, docs.Length, complete, notes, Exported(docs), null);
    }

    private IEnumerable<ExportedParagraph> Exported(ScoreDoc[] docs)
    {
        foreach (var doc in docs)
        {
            var fields = new HitFields();
            _searcher.Doc(doc.Doc, fields);
            yield return new ExportedParagraph(fields.Id!, fields.Url!, fields.Title!, fields.Date!, fields.Venue, fields.N, fields.Speaker, fields.Text ?? "");
        }
    }

    /// <summary>
    /// The numbers of one transcript's paragraphs that match a search, by the same rules as
    /// <see cref="Search"/>; empty when nothing matches or the search is over the limits.
    /// </summary>
    public IReadOnlySet<int> ParagraphsMatching(string transcriptId, string query)
    {
        if (query.Length > SearchRequest.MaxQueryLength || QueryBuilder.Build(UserQuery.Parse(query), _phrasePairs) is not { TermCount: <= SearchRequest.MaxTerms } built)
        {
            return new HashSet<int>();
        }
        var collector = new ParagraphNumberCollector();
        var filter = new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Id, transcriptId)));
        _searcher.Search(new FilteredQuery(built.Search, filter), new TimeLimitingCollector(collector, TimeLimitingCollector.GlobalCounter, (long)TimeLimit.TotalMilliseconds));
        return collector.Numbers;
    }

    /// <summary>
    /// The boosts of a near-quote that are scored afterwards, on the best candidates only (with
    /// <see cref="SearchEngineOptions.PhraseRescoring"/>, by relevance); null when the whole query is
    /// scored. By date every paragraph in the window may be shown, so it is ranked by the whole query.
    /// </summary>
    private BooleanQuery? Rescored(BuiltQuery built, SearchSort sort) =>
        _options.PhraseRescoring && sort == SearchSort.Relevance ? built.Boosts : null;

    /// <summary>
    /// The passages across a break in one transcript that a quotation matches, as the numbers of their
    /// two paragraphs, in document order; empty for a search that is not a quotation (see <see cref="PassageQuery"/>).
    /// </summary>
    public IReadOnlyList<(int First, int Next)> PassagesMatching(string transcriptId, string query)
    {
        if (!_hasBreakSpans || query.Length > SearchRequest.MaxQueryLength
            || QueryBuilder.Build(UserQuery.Parse(query), _phrasePairs) is not { TermCount: <= SearchRequest.MaxTerms, Passage: { } passage })
        {
            return [];
        }
        var collector = new PassageNumberCollector();
        var filter = new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Id, transcriptId)));
        _searcher.Search(new FilteredQuery(passage.Search, filter), new TimeLimitingCollector(collector, TimeLimitingCollector.GlobalCounter, (long)TimeLimit.TotalMilliseconds));
        return collector.Passages;
    }

    /// <summary>
    /// <see cref="Collect"/> for <paramref name="query"/> and, for a quotation, for its passages across
    /// paragraph breaks too (<see cref="PassageQuery"/>), merged into one ranking (<see cref="PassageMerge"/>).
    /// </summary>
    private (TopDocs Docs, bool Complete) Find(BuiltQuery built, SearchRequest request, Query query, int window, FacetCollector? facets, List<string> notes, BooleanQuery? boosts)
    {
        if (built.Passage is not { } passage || !_hasBreakSpans)
        {
            return Collect(query, request.Sort, window, facets, notes, boosts);
        }
        var passageBoosts = boosts is null ? null : passage.Boosts;
        var passageQuery = Filtered(passageBoosts is null ? passage.Search : passage.Matches, request);
        (TopDocs Docs, bool Complete) found, passages;
        if (!_options.ParallelParts)
        {
            found = Collect(query, request.Sort, window, facets, notes, boosts);
            passages = Collect(passageQuery, request.Sort, window, facets, notes, passageBoosts);
        }
        else
        {
            // The two searches at once: each spreads its parts over the cores, and what one leaves
            // idle (a part that finishes first, the merge and the rescoring) the other fills.
            var passageNotes = new List<string>();
            var across = Task.Run(() => Collect(passageQuery, request.Sort, window, facets, passageNotes, passageBoosts));
            try
            {
                found = Collect(query, request.Sort, window, facets, notes, boosts);
            }
            finally
            {
                // Whatever happened here, the other search is not left reading an index its request may
                // close (WaitAny waits without throwing its failure, which the next line reports).
                Task.WaitAny(across);
            }
            passages = across.GetAwaiter().GetResult();
            notes.AddRange(passageNotes.Where(n => !notes.Contains(n)));
        }
        var merged = PassageMerge.Merge(found.Docs, passages.Docs, request.Sort == SearchSort.Relevance ? null : SortOf(request.Sort), window, passage.OverlapWeight);
        return (merged, found.Complete && passages.Complete);
    }

    /// <summary>
    /// The best <paramref name="window"/> paragraphs (and facet counts when asked); incomplete, with
    /// a note, when the time limit stopped it. With <paramref name="boosts"/>, the best
    /// <see cref="RescoreDepth"/> are collected by <paramref name="query"/>, then the boosts added.
    /// </summary>
    private (TopDocs Docs, bool Complete) Collect(Query query, SearchSort sort, int window, FacetCollector? facets, List<string> notes, BooleanQuery? boosts)
    {
        var size = boosts is null ? window : Math.Max(window, RescoreDepth);
        var order = sort == SearchSort.Relevance ? null : SortOf(sort);
        var (docs, complete) = !_options.CollectsByPart
            ? CollectWhole(query, order, size, facets)
            : new PartsCollection(_searcher, _options, FewPostings).Collect(query, order, size, facets, TimeLimit);
        if (!complete && !notes.Contains(StoppedNote))
        {
            notes.Add(StoppedNote);
        }
        return (boosts is null ? docs : Rescore(docs, boosts, window), complete);
    }

    /// <summary>Lucene's way: one collector of the best (and one of the facets) over the whole index.</summary>
    private (TopDocs Docs, bool Complete) CollectWhole(Query query, Sort? sort, int size, FacetCollector? facets)
    {
        var top = TopCollector(sort, size);
        var collector = new TimeLimitingCollector(facets is null ? top : MultiCollector.Wrap(top, facets), TimeLimitingCollector.GlobalCounter, (long)TimeLimit.TotalMilliseconds);
        try
        {
            _searcher.Search(query, collector);
            return (top.GetTopDocs(), true);
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            return (top.GetTopDocs(), false);
        }
    }

    /// <summary>
    /// Lucene's collector of the best <paramref name="size"/>: by score (of equal scores, the lower
    /// document), or by <paramref name="sort"/>, whose values are kept (fillFields) so that the best
    /// of several parts can be merged by them.
    /// </summary>
    internal static ITopDocsCollector TopCollector(Sort? sort, int size) => sort is null
        ? TopScoreDocCollector.Create(size, docsScoredInOrder: false)
        : TopFieldCollector.Create(sort, size, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);

    /// <summary>
    /// Adds the score of <paramref name="boosts"/> to each hit that it matches and keeps the best
    /// <paramref name="window"/>: for those hits the same score as the whole query gives (a
    /// required part plus optional clauses adds up), ties in document order as the collector breaks
    /// them. Each part's hits are rescored on their own thread.
    /// </summary>
    internal TopDocs Rescore(TopDocs docs, BooleanQuery boosts, int window)
    {
        var leaves = _reader.Leaves;
        var byPart = docs.ScoreDocs.Select(h => new ScoreDoc(h.Doc, h.Score))
            .GroupBy(h => ReaderUtil.SubIndex(h.Doc, leaves))
            .Select(part => part.OrderBy(h => h.Doc).ToArray()).ToArray();
        var rescorer = new PhraseRescorer(_searcher, boosts);
        if (!_options.ParallelParts)
        {
            foreach (var hits in byPart)
            {
                rescorer.Rescore(_searcher, hits);
            }
        }
        else
        {
            Parallel.ForEach(byPart, hits => rescorer.Rescore(_searcher, hits));
        }
        var best = byPart.SelectMany(hits => hits).OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Take(window).ToArray();
        return new TopDocs(docs.TotalHits, best, best.Length > 0 ? best[0].Score : float.NaN);
    }

    /// <summary>Date, then transcript, then score: a transcript's paragraphs stay together, best first.</summary>
    private static Sort SortOf(SearchSort sort) => new(
        new SortField(SearchFields.DateNumber, SortFieldType.INT32, sort == SearchSort.Newest),
        new SortField(SearchFields.Id, SortFieldType.STRING),
        SortField.FIELD_SCORE);

    private Query Filtered(Query query, SearchRequest request)
    {
        var filters = new BooleanQuery();
        if (request.From is not null || request.To is not null)
        {
            filters.Add(NumericRangeQuery.NewInt32Range(SearchFields.DateNumber, DateNumber(request.From), DateNumber(request.To), true, true), Occur.MUST);
        }
        AddKeywordFilter(filters, SearchFields.Venue, SearchFields.VenueText, request.Venue);
        AddKeywordFilter(filters, SearchFields.Speaker, SearchFields.SpeakerText, request.Speaker);
        AddCollectionFilter(filters, request.Collection);
        return filters.Clauses.Count == 0 ? query : new FilteredQuery(query, new QueryWrapperFilter(filters));
    }

    /// <summary>
    /// A venue or speaker as the facets show it matches whole, so the counts agree; anything
    /// else (typed into the form, in any case) matches as words: "sochi" finds "Bocharov Ruchei, Sochi".
    /// </summary>
    private void AddKeywordFilter(BooleanQuery filters, string field, string textField, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        var whole = new Term(field, value);
        if (_reader.DocFreq(whole) > 0)
        {
            filters.Add(new TermQuery(whole), Occur.MUST);
            return;
        }
        var words = new PhraseQuery();
        foreach (var token in QueryBuilder.Analyze(ArchiveAnalyzers.Exact, textField, value))
        {
            words.Add(new Term(textField, token));
        }
        // No words at all ("--") can match nothing; an empty phrase would match nothing too.
        filters.Add(words, Occur.MUST);
    }

    /// <summary>
    /// A collection by its id, matched whole. An index written before collections has no such field
    /// and holds only local transcripts: <c>local</c> then matches everything, any other id nothing.
    /// </summary>
    private void AddCollectionFilter(BooleanQuery filters, string? collection)
    {
        if (string.IsNullOrWhiteSpace(collection) || (collection == CollectionInfo.LocalId && Collections.Count == 0))
        {
            return;
        }
        filters.Add(new TermQuery(new Term(SearchFields.Collection, collection)), Occur.MUST);
    }

    private static int? DateNumber(DateOnly? date) => date is { } d ? IndexBuilder.DateNumber(d) : null;

    /// <summary>One transcript's hits: its first paragraph's stored fields read whole, the others' only their own.</summary>
    private SearchGroup ToGroup(List<ScoreDoc> docs, BuiltQuery built)
    {
        var hits = new List<SearchHit>(docs.Count);
        var whole = new HitFields();
        _searcher.Doc(docs[0].Doc, whole);
        hits.Add(ToHit(docs[0], whole, built));
        for (var i = 1; i < docs.Count; i++)
        {
            var own = new HitFields(paragraphOnly: true);
            _searcher.Doc(docs[i].Doc, own);
            own.SameTranscript(whole);
            hits.Add(ToHit(docs[i], own, built));
        }
        var first = hits[0];
        return new SearchGroup(first.Id, first.Url, first.Title, first.Date, first.Venue, hits, whole.Collection ?? CollectionInfo.LocalId);
    }

    private SearchHit ToHit(ScoreDoc doc, HitFields fields, BuiltQuery built) =>
        doc is PassageDoc && built.Passage is { } passage && PassageHit.Make(_searcher, doc.Doc, fields, passage) is { } across
            ? across
            : ToHit(fields, built);

    private SearchHit ToHit(HitFields fields, BuiltQuery highlight) =>
        new(
            fields.Id!,
            fields.Url!,
            fields.Title!,
            fields.Date!,
            fields.N,
            fields.Speaker,
            fields.Venue,
            Snippet(highlight, fields.Text ?? ""));

    private string Snippet(BuiltQuery built, string text) =>
        !_options.SnippetMaker ? HighlighterSnippets.Make(built.Highlight, text) : SnippetMaker.Make(built.Snippets, text);

    /// <summary>
    /// Runs one search through every step (parsing, scoring, grouping, facets, snippets) for a
    /// word of the index that a few paragraphs hold, so the first person to search does not wait
    /// for that code to be compiled.
    /// </summary>
    public void Warm()
    {
        var word = "archive";
        var terms = MultiFields.GetTerms(_reader, SearchFields.TextExact)?.GetEnumerator();
        for (var i = 0; i < 100_000 && terms is not null && terms.MoveNext(); i++)
        {
            if (terms.DocFreq is >= 2 and <= 100 && terms.Term.Length > 3)
            {
                word = terms.Term.Utf8ToString();
                break;
            }
        }
        Search(new SearchRequest(word));
    }

    /// <summary>
    /// Set by an owner that shares this searcher and closes it itself (<see cref="Close"/>): the site
    /// resolves it per request from the import being served, and its container disposes whatever a
    /// request resolved when the request ends, while the searcher must live as long as the import.
    /// </summary>
    public bool ClosedByOwner { get; init; }

    public void Dispose()
    {
        if (!ClosedByOwner)
        {
            Close();
        }
    }

    /// <summary>Closes the index, whoever owns the searcher.</summary>
    public void Close()
    {
        // Not while the facet values are being read from it.
        if (_facetValues.IsValueCreated)
        {
            ((IAsyncResult)_facetValues.Value).AsyncWaitHandle.WaitOne();
        }
        _index.Dispose();
    }
}
