namespace Archive.Search;

/// <summary>
/// Which parts of a search are Lucene's own and which are hand-written. <see cref="Stock"/> sends
/// every query through stock Lucene: <c>IndexSearcher.Search</c> over the whole reader with
/// <c>TopScoreDocCollector</c> or <c>TopFieldCollector</c> and the facet collector, the whole query
/// scored (a near-quote's boosts too), Lucene's <c>Highlighter</c> for snippets, <c>FSDirectory.Open</c>
/// for the files. Each flag puts one hand-written part in its place; every combination gives the
/// same hits in the same order, totals, facets and snippets (the search tests run both ways). The
/// index format (<see cref="Storage.ArchiveCodec"/>, small stored-field chunks) is chosen at import
/// and is no flag here. What each part pays is in docs/performance.md
/// ("Hand-written parts and what they pay"); <see cref="Default"/> turns them all on.
/// </summary>
public sealed record SearchEngineOptions
{
    /// <summary>Everything through Lucene.</summary>
    public static SearchEngineOptions Stock { get; } = new();

    /// <summary>What the site runs unless configured otherwise: every hand-written part, since each pays under load on the classes it reaches.</summary>
    public static SearchEngineOptions Default { get; } = new()
    {
        ParallelParts = true,
        TermBatches = true,
        QuotationWords = true,
        TopScores = true,
        PhraseRescoring = true,
        PackedFacetValues = true,
        SnippetMaker = true,
        PositionalReads = true,
        PhrasePairs = true,
    };

    /// <summary>Each part of the index searched on its own thread and the best merged; a page's hits read and marked in parallel.</summary>
    public bool ParallelParts { get; init; }

    /// <summary>A word searched alone with few postings scored in batches (<see cref="Scoring.TermDisjunction"/>).</summary>
    public bool TermBatches { get; init; }

    /// <summary>A near-quote's loose words scored by <see cref="Scoring.QuotationWords"/>.</summary>
    public bool QuotationWords { get; init; }

    /// <summary>The best hits kept by <see cref="Scoring.TopScores"/> instead of <c>TopScoreDocCollector</c>.</summary>
    public bool TopScores { get; init; }

    /// <summary>A near-quote's phrase boosts scored on its best candidates only (<see cref="Scoring.PhraseRescorer"/>).</summary>
    public bool PhraseRescoring { get; init; }

    /// <summary>Facets and grouping read from values packed in memory (<see cref="Results.PackedFacetValues"/>), not doc values.</summary>
    public bool PackedFacetValues { get; init; }

    /// <summary>Snippets made by <see cref="Results.SnippetMaker"/> instead of Lucene's <c>Highlighter</c>.</summary>
    public bool SnippetMaker { get; init; }

    /// <summary>Index files read with one <c>pread</c> per 4 KB (<see cref="Storage.PositionalIndexInput"/>) instead of <c>FSDirectory.Open</c>'s input.</summary>
    public bool PositionalReads { get; init; }

    /// <summary>
    /// A phrase of frequent words matched and counted through its pairs of words (<see cref="Scoring.PairsPhraseQuery"/>),
    /// where the index has them (<see cref="Indexing.SearchFields.TextPairs"/>).
    /// </summary>
    public bool PhrasePairs { get; init; }

    /// <summary>Whether a search is collected part by part (any hand-written scoring or collecting), not by <c>IndexSearcher.Search</c>.</summary>
    internal bool CollectsByPart => ParallelParts || TermBatches || QuotationWords || TopScores;
}
