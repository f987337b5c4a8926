using System.Globalization;
using Archive.Bench.Scaler;

const string Usage = """
    Usage: Archive.Bench.Scaler --paragraphs N --out <content-dir> (--records <imported-dir> | --miller <txt-dir>)...

    Writes a content folder of plain-text transcripts holding N paragraphs, copied from real
    transcripts: the records of an imported folder (any reader's output) or the Miller Center
    .txt files. Copy k of a transcript is dated 97 x k days earlier and titled "Title (part k+1)".
    <content-dir> must not exist or be empty.
    """;

long target = 0;
string? outDir = null;
var sources = new List<SourceTranscript>();
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--paragraphs" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
            target = n;
            i++;
            break;
        case "--out" when value is not null:
            outDir = value;
            i++;
            break;
        case "--records" when value is not null:
            sources.AddRange(RecordSource.Read(value));
            i++;
            break;
        case "--miller" when value is not null:
            sources.AddRange(MillerSource.Read(value));
            i++;
            break;
        default:
            Console.Error.WriteLine($"Not understood: {args[i]}");
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
if (target == 0 || outDir is null || sources.Count == 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}
if (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
{
    Console.Error.WriteLine($"{outDir} is not empty; the scaler only writes into an empty folder.");
    return 2;
}

// A fixed shuffle (same seed, same order on every run) so that a small corpus takes whole transcripts
// from every era and every source rather than only the oldest.
sources.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Title, b.Title));
#pragma warning disable CA5394 // Not security: a reproducible order.
new Random(20140710).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sources));
#pragma warning restore CA5394
var scaler = new CorpusScaler(sources, outDir);
scaler.Run(target);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{scaler.Transcripts} transcripts, {scaler.Paragraphs} paragraphs from {sources.Count} sources ({sources.Sum(s => s.Paragraphs.Count)} paragraphs), {scaler.Copies} copies, dated {scaler.First:yyyy-MM-dd} to {scaler.Last:yyyy-MM-dd}, in {outDir}"));
return 0;
