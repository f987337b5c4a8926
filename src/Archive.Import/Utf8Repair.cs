using System.Globalization;

namespace Archive.Import;

/// <summary>Bytes that were not UTF-8 in a file otherwise read as UTF-8, replaced by U+FFFD: where, and which.</summary>
public sealed record Utf8Repair(int Line, IReadOnlyList<byte> Bytes)
{
    /// <summary><c>invalid UTF-8 byte 0xE3, replaced</c>; a run the decoder replaced as one character names all its bytes.</summary>
    public string Message => (Bytes.Count == 1 ? "invalid UTF-8 byte " : "invalid UTF-8 bytes ")
        + string.Join(' ', Bytes.Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture))) + ", replaced";
}
