namespace Archive.Import.Speakers;

/// <summary>
/// A curator's merges of speaker names, read from <c>speakers.tsv</c>: one <c>alias&lt;TAB&gt;name</c> a line, so that
/// <c>Vlaidmir Putin</c> is credited to <c>Vladimir Putin</c>; <c>name&lt;TAB&gt;!other</c> records that two similar names are
/// different people, so the report stops proposing them; <c>#</c> starts a comment. See docs/import-rules.md.
/// </summary>
public sealed class SpeakerAliases
{
    public const string FileName = "speakers.tsv";

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _distinct = [];

    public static SpeakerAliases None { get; } = new();

    public int Count => _names.Count;

    /// <summary>Reads the files in order (a later line wins); a line that is not <c>alias&lt;TAB&gt;name</c> is a problem naming its file and line.</summary>
    public static SpeakerAliases Load(IEnumerable<string> paths, List<ImportProblem> problems)
    {
        var aliases = new SpeakerAliases();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                problems.Add(new ImportProblem(path, 0, "no such alias file."));
                continue;
            }
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var hash = line.IndexOf('#', StringComparison.Ordinal);
                var content = (hash >= 0 ? line[..hash] : line).Trim();
                if (content.Length == 0)
                {
                    continue;
                }
                var fields = content.Split('\t', StringSplitOptions.TrimEntries);
                if (fields.Length != 2 || fields[0].Length == 0 || fields[1].TrimStart('!').Trim().Length == 0)
                {
                    problems.Add(new ImportProblem(path, i + 1, "expected 'alias<TAB>name' (or 'name<TAB>!other name' for two different people)."));
                    continue;
                }
                if (fields[1].StartsWith('!'))
                {
                    aliases.AddDistinct(fields[0], fields[1][1..].Trim());
                }
                else
                {
                    aliases._names[fields[0]] = fields[1];
                }
            }
        }
        return aliases;
    }

    /// <summary>The name an alias stands for, following chains (<c>a → b → c</c>); null when the name is no alias.</summary>
    public string? NameOf(string name)
    {
        string? found = null;
        for (var hops = 0; hops < 10 && _names.TryGetValue(found ?? name, out var next) && next != (found ?? name); hops++)
        {
            found = next;
        }
        return found;
    }

    /// <summary>Whether the curator has said the two names are different people.</summary>
    public bool AreDistinct(string a, string b) => _distinct.Contains(Pair(a, b));

    private void AddDistinct(string a, string b) => _distinct.Add(Pair(a, b));

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
