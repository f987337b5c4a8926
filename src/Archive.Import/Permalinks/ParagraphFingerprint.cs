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
        var words = Words(text);
        ulong full = Hash(words);
        ulong head = Hash(words.Take(EndWords)) >> 16;
        ulong tail = Hash(words.Skip(Math.Max(0, words.Count - EndWords))) >> 16;
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

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }
        return words;
    }

    /// <summary>The first 32 bits of the SHA-256 of the words joined by spaces.</summary>
    private static uint Hash(IEnumerable<string> words)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words)), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(hash);
    }
}
