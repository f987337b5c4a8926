using Archive.Search.Indexing;

namespace Archive.Search.Tests.Indexing;

/// <summary>The words a break joins (<see cref="SearchFields.TextJoin"/>), which pick the pairs a quotation across it can match.</summary>
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
