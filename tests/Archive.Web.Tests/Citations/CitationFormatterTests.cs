using Archive.Web.Citations;

namespace Archive.Web.Tests.Citations;

public sealed class CitationFormatterTests
{
    private static readonly CitedWork Paragraph = new()
    {
        Title = "Meeting with students",
        Date = new DateOnly(2015, 3, 3),
        Publisher = "President of Russia",
        Author = AuthorName.Of("Vladimir Putin"),
        Paragraph = 12,
        Quotation = "Science needs {braces}, 100% effort & C_plus_plus.",
        Permalink = "https://example.org/d/abc123/12",
        Accessed = new DateOnly(2031, 2, 3),
    };

    [Fact]
    public void ChicagoNamesTheSpeakerThePublisherTheParagraphAndTheDateAccessed() =>
        Assert.Equal(
            "“Science needs {braces}, 100% effort & C_plus_plus.” Vladimir Putin, “Meeting with students,” President of Russia, March 3, 2015, para. 12, accessed February 3, 2031, https://example.org/d/abc123/12.",
            CitationFormatter.Chicago(Paragraph));

    [Fact]
    public void ApaInvertsAPersonsNameAndCitesTheParagraphInText() =>
        Assert.Equal(
            "“Science needs {braces}, 100% effort & C_plus_plus.” (Putin, 2015, para. 12)\n\nPutin, V. (2015, March 3). Meeting with students [Transcript]. President of Russia. Retrieved February 3, 2031, from https://example.org/d/abc123/12",
            CitationFormatter.Apa(Paragraph));

    [Fact]
    public void BibTexEscapesSpecialCharactersAndKeysByNameYearTitleAndParagraph()
    {
        var bib = CitationFormatter.BibTex(Paragraph);
        Assert.StartsWith("@misc{putin2015meeting-p12,\n", bib, StringComparison.Ordinal);
        Assert.Contains(@"``Science needs \{braces\}, 100\% effort \& C\_plus\_plus.''", bib, StringComparison.Ordinal);
        Assert.Contains("month        = mar,", bib, StringComparison.Ordinal);
        Assert.EndsWith("urldate      = {2031-02-03}\n}", bib, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vladimir Putin", "Putin, V.")]
    [InlineData("Sergei Viktorovich Lavrov", "Lavrov, S. V.")]
    [InlineData("President of Russia", "President of Russia")]
    [InlineData("Question", "Question")]
    [InlineData("Prime Minister Modi", "Prime Minister Modi")]
    [InlineData("THE PRESIDENT", "THE PRESIDENT")]
    public void OnlyNamesOfPeopleAreInverted(string speaker, string inverted) =>
        Assert.Equal(inverted, AuthorName.Of(speaker).Inverted);

    [Fact]
    public void ATitleEndingInAQuestionMarkTakesNoExtraComma()
    {
        var w = Paragraph with { Title = "What next?", Author = AuthorName.Corporate("President of Russia"), Quotation = null, Paragraph = null };
        Assert.Equal("President of Russia, “What next?” March 3, 2015, accessed February 3, 2031, https://example.org/d/abc123/12.", CitationFormatter.Chicago(w));
    }
}
