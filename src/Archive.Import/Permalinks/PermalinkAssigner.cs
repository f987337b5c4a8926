using Archive.Records;

namespace Archive.Import.Permalinks;

/// <summary>
/// Gives each imported transcript its permanent short id and paragraph numbers from the ledger, and
/// records what it gave. The ledger is read from <c>content/permalinks.tsv</c> when the content has
/// one (the durable, committed copy, which is updated with a printed notice); otherwise from the
/// previous output's copy, so a folder without a committed ledger still keeps its links between
/// imports into the same output. Every output carries a copy.
/// </summary>
public sealed class PermalinkAssigner
{
    private readonly PermalinkLedger _ledger;
    private readonly string? _contentLedger;
    private readonly string _before = "";
    private readonly TextWriter _log;
    private int _added;
    private int _corrected;

    public PermalinkAssigner(IReadOnlyList<ContentFolder> folders, string outDir, TextWriter log, ImportReport report)
    {
        _log = log;
        var inOutput = Path.Combine(outDir, PermalinkLedger.FileName);
        if (folders.Count == 1)
        {
            var contentDir = folders[0].Path;
            var inContent = Path.Combine(contentDir, PermalinkLedger.FileName);
            var source = File.Exists(inContent) ? inContent : File.Exists(inOutput) ? inOutput : null;
            _before = source is null ? "" : File.ReadAllText(source);
            _ledger = Parse(_before, Path.GetRelativePath(contentDir, source ?? inContent), report, out var clean);
            // A ledger with lines it cannot read is never written back: rewriting it would drop them.
            _contentLedger = source == inContent && clean ? inContent : null;
            if (source == inOutput)
            {
                log.WriteLine($"No {PermalinkLedger.FileName} in {contentDir}: short ids and paragraph numbers are kept from {inOutput} ({_ledger.Entries.Count} transcript(s)). Copy it into the content folder to keep them on a fresh output too.");
            }
            else if (source is null)
            {
                log.WriteLine($"No {PermalinkLedger.FileName} in {contentDir} or {outDir}: paragraphs are numbered by position. Create an empty {PermalinkLedger.FileName} in the content folder to keep links across corrections and fresh outputs.");
            }
            return;
        }
        // Several folders: one ledger for the output, its files named under their folder's name. A folder's own
        // ledger is read under that name (so its short ids and numbers carry over) but not written back.
        _before = File.Exists(inOutput) ? File.ReadAllText(inOutput) : "";
        _ledger = Parse(_before, inOutput, report, out _);
        _contentLedger = null;
        foreach (var folder in folders)
        {
            var inContent = Path.Combine(folder.Path, PermalinkLedger.FileName);
            if (!File.Exists(inContent))
            {
                continue;
            }
            foreach (var entry in Parse(File.ReadAllText(inContent), inContent, report, out _).Entries)
            {
                var file = folder.Prefix + entry.File;
                if (_ledger.Find(file) is null && _ledger.IsTaken(entry.ShortId))
                {
                    // The same short id in two folders' ledgers: the file gets a fresh one rather than another's links.
                    report.Warnings.Add($"{inContent}: {entry.File}'s short id {entry.ShortId} is another file's in this import; it gets a new one.");
                    continue;
                }
                _ledger.Set(entry with { File = file });
            }
        }
        log.WriteLine($"Importing {folders.Count} folders: short ids and paragraph numbers are kept in {inOutput}; the folders' own ledgers are read, not written.");
    }

    private static PermalinkLedger Parse(string text, string name, ImportReport report, out bool clean)
    {
        var problems = new List<(int Line, string Message)>();
        var ledger = PermalinkLedger.Parse(text, problems);
        foreach (var (line, message) in problems)
        {
            report.Problems.Add(new ImportProblem(name.Replace('\\', '/'), line, message));
        }
        clean = problems.Count == 0;
        return ledger;
    }

    public Transcript Assign(Transcript transcript)
    {
        var file = transcript.Provenance.File;
        var fingerprints = transcript.Paragraphs.Select(p => ParagraphFingerprint.Of(p.Text)).ToList();
        var old = _ledger.Find(file);
        IReadOnlyList<NumberedParagraph> numbered;
        IReadOnlyList<int> removed = [];
        if (old is null)
        {
            numbered = ParagraphMatcher.Fresh(fingerprints.Count);
            _added++;
        }
        else
        {
            (numbered, removed) = ParagraphMatcher.Match(old, fingerprints);
        }
        var shortId = old?.ShortId ?? ShortIds.For(file, _ledger.IsTaken);
        List<string> urls = [.. (old?.Urls ?? []).Where(u => u != transcript.Url), transcript.Url];
        var entry = new LedgerEntry(file, shortId, urls,
            [.. numbered.Select((p, i) => new LedgerParagraph(p.N, p.Aliases, fingerprints[i]))], removed);
        if (old is not null && !SameNumbering(old, entry))
        {
            _corrected++;
        }
        _ledger.Set(entry);
        return transcript with
        {
            ShortId = shortId,
            Paragraphs = [.. transcript.Paragraphs.Select((p, i) => p with
            {
                N = numbered[i].N,
                Aliases = numbered[i].Aliases.Count > 0 ? numbered[i].Aliases : null,
            })],
            RemovedParagraphs = removed.Count > 0 ? removed : null,
            FormerUrls = urls.Count > 1 ? urls[..^1] : null,
        };
    }

    /// <summary>Writes the ledger into the output being built and, when it changed, back into the content folder.</summary>
    public void Save(string staging)
    {
        var text = _ledger.ToString();
        File.WriteAllText(Path.Combine(staging, PermalinkLedger.FileName), text);
        if (_contentLedger is null || text == _before)
        {
            return;
        }
        // Written beside and moved over, so a reader never sees half a ledger.
        var temp = _contentLedger + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, _contentLedger, overwrite: true);
        _log.WriteLine($"Updated {_contentLedger} ({_added} new, {_corrected} corrected transcript(s)): commit it with the content, it keeps links permanent.");
    }

    private static bool SameNumbering(LedgerEntry a, LedgerEntry b) =>
        a.Urls.SequenceEqual(b.Urls) && a.Removed.SequenceEqual(b.Removed) &&
        a.Paragraphs.Select(p => (p.N, string.Join('/', p.Aliases))).SequenceEqual(b.Paragraphs.Select(p => (p.N, string.Join('/', p.Aliases))));
}
