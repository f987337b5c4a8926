using System.Globalization;

namespace Archive.Bench.Scaler;

/// <summary>
/// Reads the Miller Center speeches (<c>yyyy-MM-dd-slug.txt</c>: a <c>President: Name</c> line, then
/// paragraphs separated by blank lines). The title is the file name's slug in words.
/// </summary>
public static class MillerSource
{
    private const string Header = "President:";

    public static IEnumerable<SourceTranscript> Read(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.Length < 12 || !DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                continue;
            }
            var blocks = File.ReadAllText(path).ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
                .Select(b => string.Join(' ', b.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
                .Where(b => b.Length > 0)
                .ToList();
            if (blocks.Count > 0 && blocks[0].StartsWith(Header, StringComparison.Ordinal))
            {
                blocks.RemoveAt(0);
            }
            if (blocks.Count == 0)
            {
                continue;
            }
            yield return new SourceTranscript(TitleOf(name[11..]), date, "Miller Center", null, null,
                [.. blocks.Select(b => new SourceParagraph(null, b))]);
        }
    }

    private static string TitleOf(string slug)
    {
        var words = slug.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
