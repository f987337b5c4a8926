using System.Diagnostics;
using System.Globalization;
using Archive.Bench.Index;
using Archive.Records;

const string Usage = """
    Usage: Archive.Bench.Index <imported-dir> <variant> <scratch-dir>

    Reads the records of an imported folder into memory, then writes the paragraph index one way
    and prints the wall time and the CPU time of writing it. Variants:
    """;

if (args.Length != 3 || Variant.All.FirstOrDefault(v => v.Name == args[1]) is not { } variant)
{
    Console.Error.WriteLine(Usage + string.Join(", ", Variant.All.Select(v => v.Name)));
    return 2;
}
// In the order of the former one-file-per-record layout (file names), so figures stay comparable.
var transcripts = RecordsFile.ReadAll(args[0]).OrderBy(t => t.Id + ".json", StringComparer.Ordinal).ToList();
var scratch = Path.Combine(args[2], variant.Name);
if (Directory.Exists(scratch))
{
    Directory.Delete(scratch, recursive: true);
}
var process = Process.GetCurrentProcess();
var cpu = process.TotalProcessorTime;
var clock = Stopwatch.StartNew();
new VariantIndexer(variant).Write(transcripts, scratch);
process.Refresh();
var size = new DirectoryInfo(scratch).EnumerateFiles().Sum(f => f.Length) / 1048576.0;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {variant.Name} | {transcripts.Sum(t => t.Paragraphs.Count)} | {clock.Elapsed.TotalSeconds:F1} | {(process.TotalProcessorTime - cpu).TotalSeconds:F1} | {size:F0} |"));
Directory.Delete(scratch, recursive: true);
return 0;
