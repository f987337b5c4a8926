using System.Text;

namespace Archive.Import;

/// <summary>
/// Bytes to text: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, and if that fails,
/// Windows-1252, the encoding of text pasted from Word and old web pages. Binary input is refused.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CreateWindows1252();

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8OrThrow(bytes[3..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ImportException(LineAt(bytes, nul), "the file is binary (it holds a NUL byte), not a transcript.");
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }

    private static string Utf8OrThrow(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            // A BOM promised UTF-8, so a bad byte is damage, not another encoding.
            var at = e.Index >= 0 ? e.Index : 0;
            throw new ImportException(LineAt(bytes, at), "the file starts with a UTF-8 byte-order mark but holds bytes that are not UTF-8.");
        }
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) =>
        bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
}
