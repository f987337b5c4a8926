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
    public void InvalidUtf8AfterAUtf8BomIsReportedWithItsLine()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\n', (byte)'b', 0xC3, 0x28];
        var e = Assert.Throws<ImportException>(() => TextDecoder.Decode(bytes));
        Assert.Equal(2, e.Line);
    }
}
