using Archive.Import;

const string Usage = """
    Usage: Archive.Import <content-dir> <out-dir> [--keep-going]

    Reads every transcript file below <content-dir> (except content/pages) and writes
    records, a search index, catalog.json and manifest.json to <out-dir>. The output
    appears whole or not at all. With --keep-going, files that cannot be read are
    skipped and listed, and the exit code is still 1.
    """;

var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var keepGoing = args.Contains("--keep-going");
var unknown = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--keep-going").ToList();
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(Usage);
    return 0;
}
if (positional.Count != 2 || unknown.Count > 0)
{
    Console.Error.WriteLine(unknown.Count > 0 ? $"Unknown option: {unknown[0]}" : "Expected two folders.");
    Console.Error.WriteLine(Usage);
    return 2;
}

var report = new ContentImporter(new ImportOptions(positional[0], positional[1], keepGoing), Console.Out).Run();
foreach (var problem in report.Problems)
{
    Console.Error.WriteLine(problem);
}
foreach (var warning in report.Warnings)
{
    Console.Error.WriteLine("warning: " + warning);
}
Console.WriteLine($"{report.Files} files, {report.Transcripts} transcripts, {report.Paragraphs} paragraphs, {report.SpeakerTurns} speaker turns, {report.Warnings.Count} warnings, {report.Problems.Count} files not imported.");
if (report.Problems.Count > 0)
{
    Console.Error.WriteLine(report.Published
        ? $"Imported the rest into {positional[1]}; skipped {report.Problems.Count} file(s) listed above."
        : $"Nothing was written: {positional[1]} is as it was.");
    return 1;
}
return 0;
