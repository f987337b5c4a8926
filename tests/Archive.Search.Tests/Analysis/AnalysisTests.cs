using Archive.Search.Analysis;
using Archive.Search.Indexing;
using Archive.Search.Querying;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Tests.Analysis;

/// <summary>How text becomes words in both text fields: folds of typographic variants, and offsets that still point into the text as written.</summary>
public sealed class AnalysisTests
{
    [Fact]
    public void SoftHyphenInsideAWordVanishes()
    {
        Assert.Equal(["international", "law"], QueryBuilder.Analyze(ArchiveAnalyzers.Exact, SearchFields.TextExact, "Inter\u00ADnational law"));
        Assert.Equal(["intern", "law"], QueryBuilder.Analyze(ArchiveAnalyzers.Stemmed, SearchFields.TextStem, "Inter\u00ADnational law"));
    }

    [Fact]
    public void CurlyApostrophesDashesColonsAndNoBreakSpacesFoldToWhatPeopleType()
    {
        Assert.Equal(["russia's", "post", "soviet", "role", "today"],
            QueryBuilder.Analyze(ArchiveAnalyzers.Exact, SearchFields.TextExact, "Russia\u2019s post\u2014Soviet role:\u00A0today"));
        // The stemmer drops the possessive only once the apostrophe is the straight one.
        Assert.Equal(["russia", "post", "soviet", "role", "todai"],
            QueryBuilder.Analyze(ArchiveAnalyzers.Stemmed, SearchFields.TextStem, "Russia\u2019s post\u2014Soviet role:\u00A0today"));
    }

    [Fact]
    public void LowerCasesBeyondAsciiIncludingSupplementaryLetters()
    {
        // U+10400 DESERET CAPITAL LONG I lower-cases to U+10428, two chars for two chars.
        Assert.Equal(["élysée", "\U00010428x"], QueryBuilder.Analyze(ArchiveAnalyzers.Exact, SearchFields.TextExact, "ÉLYSÉE \U00010400X"));
    }

    [Fact]
    public void OffsetsPointIntoTheTextAsWritten()
    {
        const string text = "A \u201Cpost\u2014Soviet\u201D inter\u00ADnational order";
        var words = new List<(string Term, string Written)>();
        using var stream = ArchiveAnalyzers.Exact.GetTokenStream(SearchFields.TextExact, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add((term.ToString(), text[offset.StartOffset..offset.EndOffset]));
        }
        stream.End();
        Assert.Equal(
            [("a", "A"), ("post", "post"), ("soviet", "Soviet"), ("international", "inter\u00ADnational"), ("order", "order")],
            words);
    }
}
