using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;

namespace Archive.Search.Analysis;

/// <summary>English stemming and stop words, for recall: "effort" finds "efforts".</summary>
internal sealed class StemmedAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new FoldingReader(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var version = ExactAnalyzer.Version;
        var tokenizer = new StandardTokenizer(version, reader) { MaxTokenLength = 255 };
        TokenStream stream = new EnglishPossessiveFilter(version, tokenizer);
        stream = new FoldingLowerCaseFilter(stream);
        stream = new StopFilter(version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
