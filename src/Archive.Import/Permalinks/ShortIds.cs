using System.Security.Cryptography;
using System.Text;

namespace Archive.Import.Permalinks;

/// <summary>
/// Short ids for <c>/d/{id}</c> links: six characters of a hash of the file's path in the content
/// folder, in a lower-case alphabet without look-alikes (no i, l, o, u). The same path gives the same
/// id on any machine, so an id survives even a lost ledger; on a clash with an id already taken, the
/// next six characters of the hash are used, and the ledger remembers the choice.
/// </summary>
public static class ShortIds
{
    public const int Length = 6;
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string For(string file, Func<string, bool> isTaken)
    {
        var hash = Encode(SHA256.HashData(Encoding.UTF8.GetBytes(file)));
        for (var start = 0; start + Length <= hash.Length; start++)
        {
            var candidate = hash.Substring(start, Length);
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
        // 46 windows of a 256-bit hash all taken: practically impossible, but a bug should not loop.
        throw new InvalidOperationException($"No free short id for {file}.");
    }

    public static bool IsValid(string id) => id.Length == Length && id.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    private static string Encode(byte[] bytes)
    {
        var sb = new StringBuilder(bytes.Length * 8 / 5);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                sb.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return sb.ToString();
    }
}
