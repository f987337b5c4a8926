using System.Text;

namespace Archive.Web.Addressing;

/// <summary>The one address of a path as typed: see <see cref="CanonicalAddresses"/>.</summary>
public static class CanonicalPath
{
    /// <summary>The canonical form of <paramref name="path"/>, or null when it already is canonical.</summary>
    public static string? Of(string path)
    {
        var canonical = path.Length > 1 ? path.TrimEnd('/') : path;
        if (canonical.Length == 0)
        {
            canonical = "/";
        }
        // Download files keep their names as written (SHA256SUMS, the name sha256sum -c expects).
        canonical = PadDate(canonical.StartsWith("/downloads/", StringComparison.Ordinal) ? canonical : LowerCase(canonical));
        return string.Equals(canonical, path, StringComparison.Ordinal) ? null : canonical;
    }

    /// <summary>
    /// <c>/2019/6/20/slug</c> to <c>/2019/06/20/slug</c>, and the same under <c>/api/dates</c>: a
    /// four-digit year followed by a month and day of one or two digits.
    /// </summary>
    private static string PadDate(string path)
    {
        var start = path.StartsWith("/api/dates/", StringComparison.Ordinal) ? "/api/dates".Length : 0;
        var segments = path[start..].Split('/');
        // segments[0] is the empty text before the leading slash.
        if (segments.Length < 3 || !IsDigits(segments[1], 4, 4))
        {
            return path;
        }
        var changed = false;
        for (var i = 2; i < Math.Min(segments.Length, 4) && IsDigits(segments[i], 1, 2); i++)
        {
            if (segments[i].Length == 1)
            {
                segments[i] = "0" + segments[i];
                changed = true;
            }
        }
        return changed ? new StringBuilder(path, 0, start, path.Length + 2).Append(string.Join('/', segments)).ToString() : path;
    }

    /// <summary>ASCII letters lower-cased, except in percent escapes (<c>%2F</c> means what <c>%2f</c> does).</summary>
    private static string LowerCase(string path)
    {
        var chars = path.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '%')
            {
                i += 2;
            }
            else if (char.IsAsciiLetterUpper(chars[i]))
            {
                chars[i] = char.ToLowerInvariant(chars[i]);
            }
        }
        return new string(chars);
    }

    private static bool IsDigits(string s, int min, int max) => s.Length >= min && s.Length <= max && s.All(char.IsAsciiDigit);
}
