using System.Globalization;
using Archive.Import;

const string Usage = """
    Usage: Archive.Import <content-dir> [<content-dir>...] <out-dir> [--keep-going] [--keep N] [--speakers <file>]

    Reads every transcript file below each <content-dir> (except pages/, and a folder's
    notes and tables such as MANIFEST.tsv, which are listed in the import log) and writes
    records, a search index, catalog.json, collections.json and manifest.json to <out-dir>.
    With several folders, each file is named under its folder's name (kremlin-en-html/news/1.html).
    The output appears whole or not at all: <out-dir> is a link to the live import, one of the
    versions in <out-dir>.imports/, switched in one atomic step. With --keep-going, files
    that cannot be read are skipped and listed, and the exit code is still 1. --keep N
    keeps the N previous imports for rollback (default 2). Speaker aliases are read from each
    <content-dir>/speakers.tsv and from each --speakers file (docs/import-rules.md).
    """;
const int MaxWarningsShown = 20;

// --speakers <file>, repeatable: alias files read after the content folders' own speakers.tsv.
var speakerFiles = args.Zip(args.Skip(1)).Where(p => p.First == "--speakers").Select(p => p.Second).ToList();
args = [.. args.Where((a, i) => !(a == "--speakers" && i + 1 < args.Length) && !(i > 0 && args[i - 1] == "--speakers"))];
var keepAt = Array.IndexOf(args, "--keep");
var keep = ImportOptions.DefaultKeep;
if (keepAt >= 0 && (keepAt + 1 >= args.Length || !int.TryParse(args[keepAt + 1], NumberStyles.None, CultureInfo.InvariantCulture, out keep)))
{
    Console.Error.WriteLine("--keep takes a number: how many previous imports to keep.");
    Console.Error.WriteLine(Usage);
    return 2;
}
var options = args.Where((_, i) => keepAt < 0 || (i != keepAt && i != keepAt + 1)).ToList();
var positional = options.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var keepGoing = options.Contains("--keep-going");
var unknown = options.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a is not "--keep-going" and not "--help").ToList();
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(Usage);
    return 0;
}
if (positional.Count < 2 || unknown.Count > 0)
{
    Console.Error.WriteLine(unknown.Count > 0 ? $"Unknown option: {unknown[0]}" : "Expected one or more content folders and an output folder.");
    Console.Error.WriteLine(Usage);
    return 2;
}

ImportReport report;
try
{
    report = new ContentImporter(new ImportOptions(positional[..^1], positional[^1], keepGoing, keep, speakerFiles), Console.Out, interactive: !Console.IsOutputRedirected).Run();
}
#pragma warning disable CA1031 // The last line of defence: a plain message and exit code 1, never a bare stack trace.
catch (Exception e)
#pragma warning restore CA1031
{
    Console.Error.WriteLine($"The import failed and {positional[^1]} is as it was: {e.GetType().Name}: {e.Message}");
    return 1;
}

foreach (var problem in report.Problems)
{
    Console.Error.WriteLine(problem);
}
foreach (var warning in report.Warnings.Take(MaxWarningsShown))
{
    Console.Error.WriteLine("warning: " + warning);
}
if (report.Warnings.Count > MaxWarningsShown)
{
    Console.Error.WriteLine($"... and {report.Warnings.Count - MaxWarningsShown} more warnings in {Path.Combine(positional[^1], ContentImporter.LogFile)}.");
}

(string Name, string Value)[] rows =
[
    ("Files", Count(report.Files)),
    ("Transcripts", Count(report.Transcripts)),
    ("  headline only", Count(report.HeadlineOnly)),
    ("Paragraphs", Count(report.Paragraphs)),
    ("Speaker turns", Count(report.SpeakerTurns)),
    ("Warnings", Count(report.Warnings.Count)),
    ("Removals", Count(report.Removals.Count)),
    ("Files not imported", Count(report.Problems.Count)),
    ("Not transcripts", Count(report.Skipped.Count)),
    ("Speaker variants", Count(report.SpeakerVariants)),
    ("Time", Seconds(report.Elapsed)),
    .. report.Stages.Select(s => ("  " + s.Stage, Seconds(s.Took))),
];
var width = rows.Max(r => r.Value.Length);
foreach (var (name, value) in rows)
{
    Console.WriteLine($"{name,-20}{value.PadLeft(width)}");
}
if (report.Published && report.Removals.Count + report.Warnings.Count > 0)
{
    Console.WriteLine($"Removals and warnings, each with its file and line: {Path.Combine(positional[^1], ContentImporter.LogFile)}");
}
if (report.Problems.Count > 0)
{
    Console.Error.WriteLine(report.Published
        ? $"Imported the rest into {positional[^1]}; skipped {report.Problems.Count} file(s) listed above."
        : $"Nothing was written: {positional[^1]} is as it was.");
    return 1;
}
return 0;

static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s";
