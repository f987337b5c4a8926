using Archive.Web.Export;
using Microsoft.VisualBasic.FileIO;

namespace Archive.Web.Tests.Export;

public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("he said \"no\"", "\"he said \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\r\nlf", "\"cr\r\nlf\"")]
    [InlineData(" padded ", "\" padded \"")]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1 and more", "'+1 and more")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tindented", "'\tindented")]
    [InlineData("a = b", "a = b")]
    [InlineData("", "")]
    public void AFieldIsWrittenAsRfc4180SaysAndNeverAsAFormula(string value, string written)
    {
        var row = new System.Text.StringBuilder();
        CsvField.Append(row, value);
        Assert.Equal(written, row.ToString());
    }

    /// <summary>Read back by a CSV reader the code does not share (the framework's TextFieldParser).</summary>
    [Fact]
    public void HostileTextSurvivesARoundTripThroughAnotherReader()
    {
        string[] hostile = ["He said: \"Yes, \"\"we\"\" will\".", "one,\r\ntwo\nthree\r", "=1+1", "-- a dash", "@home", "ordinary", "", "\"", ",", "plain \u201Cquotes\u201D and Кремль"];
        var text = CsvField.Row(hostile) + CsvField.Row("second", "row");

        using var parser = new TextFieldParser(new StringReader(text)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var first = parser.ReadFields();
        var second = parser.ReadFields();

        string[] expected = [.. hostile.Select(h => h.Length > 0 && h[0] is '=' or '-' or '@' ? "'" + h : h)];
        Assert.Equal(expected, first!);
        Assert.Equal(["second", "row"], second!);
        Assert.True(parser.EndOfData);
    }

    [Fact]
    public void ARowEndsWithCrLf() => Assert.Equal("a,,b\r\n", CsvField.Row("a", null, "b"));
}
