using Archive.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace Archive.Search.Analysis;

/// <summary>The one per-field analyzer that both the index writer and the searcher use.</summary>
internal static class ArchiveAnalyzers
{
    public static Analyzer Exact { get; } = new ExactAnalyzer();
    public static Analyzer Stemmed { get; } = new StemmedAnalyzer();
    public static Analyzer Pairs { get; } = new PairsAnalyzer();

    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        new Dictionary<string, Analyzer>
        {
            [SearchFields.TextExact] = Exact,
            [SearchFields.TextStem] = Stemmed,
            [SearchFields.TextSpan] = Exact,
            [SearchFields.TextPairs] = Pairs,
            [SearchFields.VenueText] = Exact,
            [SearchFields.SpeakerText] = Exact,
        });

    public static Analyzer For(string field) => field == SearchFields.TextStem ? Stemmed : Exact;
}
