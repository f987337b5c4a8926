using System.Security.Cryptography;
using System.Text;

namespace Archive.Import.Permalinks;

/// <summary>
/// Short hashes of a paragraph's words: all of them, the first few and the last few. Equal
/// <see cref="Full"/> means the same words; an equal head or tail recognises an edited or split
/// paragraph. Case, punctuation and spacing are ignored, so a corrected comma changes nothing.
/// </summary>
public readonly record struct ParagraphFingerprint(string Full, string Head, string Tail)
{
    private const int EndWords = 5;

    public static ParagraphFingerprint Of(string text)
    {
        var words = Words(text);
        return new ParagraphFingerprint(
            Hash(words, 8),
            Hash(words.Take(EndWords), 4),
            Hash(words.Skip(Math.Max(0, words.Count - EndWords)), 4));
    }

    /// <summary>The ledger form, <c>full.head.tail</c>.</summary>
    public override string ToString() => $"{Full}.{Head}.{Tail}";

    public static bool TryParse(string s, out ParagraphFingerprint fingerprint)
    {
        var parts = s.Split('.');
        fingerprint = default;
        if (parts.Length != 3 || parts[0].Length != 8 || parts[1].Length != 4 || parts[2].Length != 4 || !parts.All(IsHex))
        {
            return false;
        }
        fingerprint = new ParagraphFingerprint(parts[0], parts[1], parts[2]);
        return true;
    }

    private static bool IsHex(string s) => s.All(char.IsAsciiHexDigitLower);

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

    private static string Hash(IEnumerable<string> words, int hexDigits)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words)));
        return Convert.ToHexStringLower(bytes, 0, hexDigits / 2);
    }
}
