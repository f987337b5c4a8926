using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Archive.Search.Analysis;

/// <summary>Words as written, lower-cased, with typographic variants folded: every word counts, "to be or not to be" included.</summary>
internal sealed class ExactAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new FoldingReader(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 255 };
        return new TokenStreamComponents(tokenizer, new FoldingLowerCaseFilter(tokenizer));
    }
}
