using System.Globalization;
using System.Text;

namespace Archive.Import.Permalinks;

/// <summary>
/// <c>permalinks.tsv</c>: for every transcript file ever imported, its short id, its URLs and its
/// paragraphs' permanent numbers with their fingerprints. It is the memory that lets a re-import
/// (even from a fresh clone) keep every old link working; see "Permalinks" in docs/record-format.md.
/// One line per file, sorted by path, so that changes read well in a diff.
/// </summary>
public sealed class PermalinkLedger
{
    public const string FileName = "permalinks.tsv";

    private const string Header = """
        # Permalink ledger of the speech archive, kept by the importer: commit it with the content.
        # It keeps /d/{short-id}/{n} and {url}#p{n} links working when transcripts are corrected.
        # See "Permalinks" in docs/record-format.md. Columns, tab-separated:
        # file, short id, urls (current last), paragraphs in reading order (n[/merged...]=fingerprint), removed paragraph numbers
        """;

    private readonly SortedDictionary<string, LedgerEntry> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _shortIds = new(StringComparer.Ordinal);

    public IReadOnlyCollection<LedgerEntry> Entries => _entries.Values;

    public LedgerEntry? Find(string file) => _entries.GetValueOrDefault(file);

    public bool IsTaken(string shortId) => _shortIds.Contains(shortId);

    /// <summary>Adds or replaces the entry for its file. The short id may be the file's own already.</summary>
    public void Set(LedgerEntry entry)
    {
        if (_entries.TryGetValue(entry.File, out var old))
        {
            _shortIds.Remove(old.ShortId);
        }
        _entries[entry.File] = entry;
        _shortIds.Add(entry.ShortId);
    }

    /// <summary>Reads a ledger; lines it cannot understand are returned as problems (<c>line: message</c>).</summary>
    public static PermalinkLedger Parse(string text, List<(int Line, string Message)> problems)
    {
        var ledger = new PermalinkLedger();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (!TryParseEntry(line, out var entry, out var message))
            {
                problems.Add((i + 1, message ?? "cannot be read."));
                continue;
            }
            if (ledger.Find(entry.File) is not null || ledger.IsTaken(entry.ShortId))
            {
                problems.Add((i + 1, $"{entry.File} or its short id {entry.ShortId} is listed twice."));
                continue;
            }
            ledger.Set(entry);
        }
        return ledger;
    }

    public override string ToString()
    {
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var e in _entries.Values)
        {
            sb.Append(e.File).Append('\t').Append(e.ShortId).Append('\t')
              .AppendJoin(' ', e.Urls).Append('\t')
              .AppendJoin(' ', e.Paragraphs.Select(Token)).Append('\t')
              .AppendJoin(' ', e.Removed.Select(n => n.ToString(CultureInfo.InvariantCulture)))
              .Append('\n');
        }
        return sb.ToString();
    }

    private static string Token(LedgerParagraph p) =>
        string.Join('/', p.Aliases.Prepend(p.N).Select(n => n.ToString(CultureInfo.InvariantCulture))) + "=" + p.Fingerprint;

    private static bool TryParseEntry(string line, out LedgerEntry entry, out string? message)
    {
        entry = null!;
        message = null;
        // An editor that trims trailing white space drops the tab before an empty last column.
        var cols = line.Split('\t');
        if (cols.Length == 4)
        {
            cols = [.. cols, ""];
        }
        if (cols.Length != 5)
        {
            message = $"expected 5 tab-separated columns (file, short id, urls, paragraphs, removed), found {cols.Length}.";
            return false;
        }
        if (!ShortIds.IsValid(cols[1]))
        {
            message = $"'{cols[1]}' is not a short id.";
            return false;
        }
        var urls = Words(cols[2]);
        if (urls.Length == 0 || urls.Any(u => !u.StartsWith('/')))
        {
            message = "the urls column needs at least one site-relative URL.";
            return false;
        }
        var paragraphs = new List<LedgerParagraph>();
        foreach (var token in Words(cols[3]))
        {
            var eq = token.IndexOf('=', StringComparison.Ordinal);
            var numbers = eq > 0 ? Numbers(token[..eq].Split('/')) : null;
            if (numbers is null || numbers.Count == 0 || !ParagraphFingerprint.TryParse(token[(eq + 1)..], out var fingerprint))
            {
                message = $"'{token}' is not a paragraph (n=fingerprint).";
                return false;
            }
            paragraphs.Add(new LedgerParagraph(numbers[0], numbers.Count > 1 ? numbers[1..] : [], fingerprint));
        }
        var removed = Numbers(Words(cols[4]));
        if (removed is null)
        {
            message = "the removed column must hold paragraph numbers.";
            return false;
        }
        entry = new LedgerEntry(cols[0], cols[1], urls, paragraphs, removed);
        return true;
    }

    private static string[] Words(string column) => column.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static List<int>? Numbers(IEnumerable<string> words)
    {
        var numbers = new List<int>();
        foreach (var w in words)
        {
            if (!int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return null;
            }
            numbers.Add(n);
        }
        return numbers;
    }
}
