using Archive.Search;

namespace Archive.Web.Data;

/// <summary>
/// The search engine's parts as configured under <c>Archive:Search</c> (docs/configuration.md):
/// <c>Stock=true</c> sends every query through stock Lucene; each part's own key
/// (<c>TopScores=false</c>, <c>SnippetMaker=true</c>, …) turns that part off or on over either.
/// Unset, the site runs <see cref="SearchEngineOptions.Default"/>.
/// </summary>
public static class SearchEngineSettings
{
    public const string Section = "Archive:Search";

    public static SearchEngineOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = section.GetValue<bool>("Stock") ? SearchEngineOptions.Stock : SearchEngineOptions.Default;
        bool Part(string name, bool current) => section.GetValue<bool?>(name) ?? current;
        return options with
        {
            ParallelParts = Part(nameof(options.ParallelParts), options.ParallelParts),
            TermBatches = Part(nameof(options.TermBatches), options.TermBatches),
            QuotationWords = Part(nameof(options.QuotationWords), options.QuotationWords),
            TopScores = Part(nameof(options.TopScores), options.TopScores),
            PhraseRescoring = Part(nameof(options.PhraseRescoring), options.PhraseRescoring),
            PackedFacetValues = Part(nameof(options.PackedFacetValues), options.PackedFacetValues),
            SnippetMaker = Part(nameof(options.SnippetMaker), options.SnippetMaker),
            PositionalReads = Part(nameof(options.PositionalReads), options.PositionalReads),
            PhrasePairs = Part(nameof(options.PhrasePairs), options.PhrasePairs),
        };
    }
}
