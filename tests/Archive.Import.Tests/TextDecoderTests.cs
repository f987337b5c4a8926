using System.Text;

namespace Archive.Import.Tests;

public sealed class TextDecoderTests
{
    private const string Sample = "“Curly” quotes — and dashes, café";

    [Fact]
    public void Utf8WithAndWithoutBomDecodeAlike()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample);
        Assert.Equal(Sample, TextDecoder.Decode(bytes));
        Assert.Equal(Sample, TextDecoder.Decode([.. Encoding.UTF8.GetPreamble(), .. bytes]));
    }

    [Fact]
    public void Utf16WithBomDecodes()
    {
        Assert.Equal(Sample, TextDecoder.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)]));
        Assert.Equal(Sample, TextDecoder.Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)]));
    }

    [Fact]
    public void Windows1252KeepsCurlyQuotesAndDashes()
    {
        // 0x93 0x94 are curly double quotes, 0x97 an em dash, 0xE9 é in Windows-1252.
        byte[] bytes = [0x93, (byte)'C', 0x94, (byte)' ', 0x97, (byte)' ', (byte)'c', (byte)'a', (byte)'f', 0xE9];
        Assert.Equal("“C” — café", TextDecoder.Decode(bytes));
    }

    [Fact]
    public void InvalidUtf8AfterAUtf8BomIsReplacedAndReportedWithItsLine()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\n', (byte)'b', 0xC3, 0x28];
        Assert.Equal("a\nb\uFFFD(", TextDecoder.Decode(bytes, out var repairs));
        var repair = Assert.Single(repairs);
        Assert.Equal(2, repair.Line);
        Assert.Equal("invalid UTF-8 byte 0xC3, replaced", repair.Message);
    }

    [Fact]
    public void Utf8WithOneDamagedByteStaysUtf8()
    {
        // A no-break space and curly quotes around a byte that is not UTF-8: read as Windows-1252, every one
        // of them would be mojibake ("Â ", "â€™"); read as UTF-8, only the bad byte is lost.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("It\u2019s\u00A0fine\n"), 0xE3, (byte)' ', .. Encoding.UTF8.GetBytes("\u201Cquoted\u201D")];
        Assert.Equal("It\u2019s\u00A0fine\n\uFFFD \u201Cquoted\u201D", TextDecoder.Decode(bytes, out var repairs));
        Assert.Equal("invalid UTF-8 byte 0xE3, replaced", Assert.Single(repairs).Message);
        Assert.Equal(2, repairs[0].Line);
    }

    [Fact]
    public void AFileWithNoWellFormedUtf8IsWindows1252WithNothingReported()
    {
        byte[] bytes = [0x93, (byte)'C', 0x94, (byte)'\n', 0xE9];
        Assert.Equal("“C”\né", TextDecoder.Decode(bytes, out var repairs));
        Assert.Empty(repairs);
    }
}
