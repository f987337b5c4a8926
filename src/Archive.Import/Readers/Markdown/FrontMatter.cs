namespace Archive.Import.Readers.Markdown;

/// <summary>
/// The <c>---</c> block at the top of a hand-curated Markdown transcript: one <c>key: value</c> a line,
/// values optionally in quotes. Keys are case-insensitive; each value remembers its line for messages.
/// </summary>
public sealed class FrontMatter
{
    private readonly Dictionary<string, (string Value, int Line)> _values = new(StringComparer.OrdinalIgnoreCase);

    private FrontMatter(int closingLine) => ClosingLine = closingLine;

    /// <summary>The 1-based line of the closing <c>---</c>; the body starts after it.</summary>
    public int ClosingLine { get; }

    public IEnumerable<string> Keys => _values.Keys;

    public static bool StartsWithBlock(string text)
    {
        var first = text.AsSpan().TrimStart('\uFEFF');
        var end = first.IndexOfAny('\r', '\n');
        return (end < 0 ? first : first[..end]).TrimEnd() is "---";
    }

    /// <summary>Reads the block from <paramref name="lines"/>; throws <see cref="ImportException"/> naming the line of anything malformed.</summary>
    public static FrontMatter Parse(string[] lines)
    {
        if (lines.Length == 0 || lines[0].Trim().TrimStart('\uFEFF') != "---")
        {
            throw new ImportException(1, "a Markdown transcript must start with a front-matter block: a line '---', lines 'title: ...', 'date: ...', 'source: ...', and a closing '---'.");
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim() is "---" or "...")
            {
                var matter = new FrontMatter(i + 1);
                for (var j = 1; j < i; j++)
                {
                    matter.Add(lines[j], j + 1);
                }
                return matter;
            }
        }
        throw new ImportException(1, "the front-matter block that opens on this line is never closed with '---'.");
    }

    public bool TryGet(string key, out string value, out int line)
    {
        var found = _values.TryGetValue(key, out var entry);
        (value, line) = found ? entry : (string.Empty, 0);
        return found;
    }

    private void Add(string line, int number)
    {
        if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
        {
            return;
        }
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new ImportException(number, $"expected 'key: value' in the front matter, found '{line.Trim()}'.");
        }
        var key = line[..colon].Trim();
        var value = TextCleaner.Clean(line[(colon + 1)..]);
        if (value.Length >= 2 && (value[0], value[^1]) is ('"', '"') or ('\'', '\''))
        {
            value = value[1..^1].Trim();
        }
        if (!_values.TryAdd(key, (value, number)))
        {
            throw new ImportException(number, $"'{key}' is given twice in the front matter (first on line {_values[key].Line}).");
        }
    }
}
