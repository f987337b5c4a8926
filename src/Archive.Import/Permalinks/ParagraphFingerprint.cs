using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Archive.Import.Permalinks;

/// <summary>
/// Short hashes of a paragraph's words, packed in 64 bits: all of them (32 bits), the first few (16)
/// and the last few (16). An equal <see cref="Full"/> means the same words; an equal head or tail
/// recognises an edited or split paragraph. Case, punctuation and spacing are ignored, so a
/// corrected comma changes nothing. Collisions only matter inside one transcript, where 32 bits
/// are plenty; 64 bits a paragraph keeps a million-paragraph ledger small in memory.
/// </summary>
public readonly record struct ParagraphFingerprint(ulong Value)
{
    private const int EndWords = 5;

    public uint Full => (uint)(Value >> 32);
    public ushort Head => (ushort)(Value >> 16);
    public ushort Tail => (ushort)Value;

    public static ParagraphFingerprint Of(string text)
    {
        // The words, lower-cased and joined by single spaces, built once: the head is a prefix of
        // it and the tail a suffix, so three hashes need one string and no list of words.
        var joined = new StringBuilder(text.Length);
        var starts = new List<int>();
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    if (joined.Length > 0)
                    {
                        joined.Append(' ');
                    }
                    starts.Add(joined.Length);
                    inWord = true;
                }
                joined.Append(char.ToLowerInvariant(c));
            }
            else
            {
                inWord = false;
            }
        }
        var all = joined.ToString().AsSpan();
        var headEnd = starts.Count > EndWords ? starts[EndWords] - 1 : all.Length;
        var tailStart = starts.Count > EndWords ? starts[^EndWords] : 0;
        ulong full = Hash(all);
        ulong head = Hash(all[..headEnd]) >> 16;
        ulong tail = Hash(all[tailStart..]) >> 16;
        return new ParagraphFingerprint((full << 32) | (head << 16) | tail);
    }

    /// <summary>The ledger form, <c>full.head.tail</c> in lower-case hex (8, 4 and 4 digits).</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Full:x8}.{Head:x4}.{Tail:x4}");

    public static bool TryParse(string s, out ParagraphFingerprint fingerprint)
    {
        fingerprint = default;
        var parts = s.Split('.');
        if (parts.Length != 3 || parts[0].Length != 8 || parts[1].Length != 4 || parts[2].Length != 4
            || !uint.TryParse(parts[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var full)
            || !ushort.TryParse(parts[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var head)
            || !ushort.TryParse(parts[2], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var tail))
        {
            return false;
        }
        fingerprint = new ParagraphFingerprint(((ulong)full << 32) | ((ulong)head << 16) | tail);
        return true;
    }

    [ThreadStatic]
    private static IncrementalHash? _sha256;

    /// <summary>The first 32 bits of the SHA-256 of the UTF-8 text (one hasher per thread, reset after each use).</summary>
    private static uint Hash(ReadOnlySpan<char> words)
    {
        var sha256 = _sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(words.Length));
        try
        {
            sha256.AppendData(bytes, 0, Encoding.UTF8.GetBytes(words, bytes));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
        Span<byte> hash = stackalloc byte[32];
        sha256.GetHashAndReset(hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(hash);
    }
}
