using System.Text;

namespace Archive.Import;

/// <summary>
/// Bytes to text: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise UTF-8, and Windows-1252 (the encoding of
/// text pasted from Word and old web pages) only for files that are not UTF-8 at all. A UTF-8 file with a
/// few damaged bytes stays UTF-8: each bad byte becomes U+FFFD and is reported (<see cref="Utf8Repair"/>),
/// where reading the whole file as Windows-1252 would garble every other non-ASCII character ("â€™").
/// Binary input is refused.
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

    public static string Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, out _);

    /// <summary>The text, and the damaged bytes that a UTF-8 reading replaced (none for any other reading).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out IReadOnlyList<Utf8Repair> repairs)
    {
        repairs = [];
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            try
            {
                return StrictUtf8.GetString(bytes[3..]);
            }
            catch (DecoderFallbackException)
            {
                // A BOM promised UTF-8, so every bad byte is damage, however many there are.
                return Utf8(bytes[3..], out repairs);
            }
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
            // UTF-8 with damage, or another encoding? A file in Windows-1252 almost never holds a well-formed
            // UTF-8 sequence by chance; a damaged UTF-8 file holds many. So: UTF-8 when its well-formed
            // multi-byte characters are at least as many as its bad runs.
            var (wellFormed, bad) = Count(bytes);
            return wellFormed > 0 && wellFormed >= bad ? Utf8(bytes, out repairs) : Windows1252.GetString(bytes);
        }
    }

    private static (int WellFormed, int Bad) Count(ReadOnlySpan<byte> bytes)
    {
        int wellFormed = 0, bad = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                bad++;
            }
            else if (consumed > 1)
            {
                wellFormed++;
            }
            bytes = bytes[consumed..];
        }
        return (wellFormed, bad);
    }

    /// <summary>UTF-8 with each maximal invalid run (as the Unicode standard defines it) replaced by U+FFFD and recorded with its line.</summary>
    private static string Utf8(ReadOnlySpan<byte> bytes, out IReadOnlyList<Utf8Repair> repairs)
    {
        var found = new List<Utf8Repair>();
        var sb = new StringBuilder(bytes.Length);
        var line = 1;
        Span<char> chars = stackalloc char[2];
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                sb.Append(chars[..rune.EncodeToUtf16(chars)]);
                if (rune.Value == '\n')
                {
                    line++;
                }
            }
            else
            {
                sb.Append('\uFFFD');
                found.Add(new Utf8Repair(line, bytes[..consumed].ToArray()));
            }
            bytes = bytes[consumed..];
        }
        repairs = found;
        return sb.ToString();
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) =>
        bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
}
