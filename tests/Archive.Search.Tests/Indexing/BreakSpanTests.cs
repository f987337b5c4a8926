using Archive.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Tests.Indexing;

/// <summary>The words on both sides of a break, and the pairs of words it joins, which pick the pairs a quotation across it can match.</summary>
public sealed class BreakSpanTests
{
    [Fact]
    public void TheJoinsArePairsSideBySideOrOneWordApartAcrossTheBreak()
    {
        var span = new BreakSpan();
        span.Set("We will work together. This is inevitable.", "Moscow is developing rather quickly.");

        Assert.Equal(["inevitable moscow", "inevitable  is", "is  moscow"], span.Joins);
    }

    [Fact]
    public void TheWordsStandAroundTheJunctionAndTheJoinsAtIt()
    {
        var span = new BreakSpan();
        span.Set("This is inevitable.", "Moscow is developing.");

        var tokens = new List<(string, int)>();
        var term = span.GetAttribute<ICharTermAttribute>();
        var increment = span.GetAttribute<IPositionIncrementAttribute>();
        span.Reset();
        for (var position = -1; span.IncrementToken();)
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        const int J = BreakSpan.Junction;
        Assert.Equal(
            [("this", J - 3), ("is", J - 2), ("inevitable", J - 1), ("moscow", J), ("inevitable moscow", J), ("inevitable  is", J), ("is  moscow", J), ("is", J + 1), ("developing", J + 2)],
            tokens);
    }

    [Fact]
    public void TheJoinsAreExactTokensAsAQuotationIsAnalysed()
    {
        var span = new BreakSpan();
        span.Set("It is the PRESIDENT’S", "“Decision” today");

        Assert.Equal(["president's decision", "president's  today", "the  decision"], span.Joins);
    }

    [Fact]
    public void AOneWordParagraphJoinsItsWordOnly()
    {
        var span = new BreakSpan();
        span.Set("Thank you.", "Colleagues.");

        Assert.Equal(["you colleagues", "thank  colleagues"], span.Joins);
        span.Set("Applause.", "Colleagues, good afternoon.");
        Assert.Equal(["applause colleagues", "applause  good"], span.Joins);
    }

    [Fact]
    public void ASideWithoutWordsJoinsNothing()
    {
        var span = new BreakSpan();
        span.Set("…", "Colleagues, good afternoon.");

        Assert.False(span.HasWords);
        Assert.Empty(span.Joins);
    }
}
