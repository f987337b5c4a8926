using System.Diagnostics;
using System.Globalization;
using Archive.Bench.Search;
using Archive.Search;

const string Usage = """
    Usage: Archive.Bench.Search --data <imported-dir> --queries <queries.tsv> --sqlite <fts5.db> [--rounds N]

    Times every query of queries.tsv in this process, one at a time, against the archive's searcher
    and against SQLite FTS5 over the same paragraphs (built from the records into <fts5.db> if it is
    not there), alternating the two, and prints p50, p95 and p99 per query class.
    """;

string? dataDir = null, queriesPath = null, sqlitePath = null;
var rounds = 30;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--data": dataDir = args[i + 1]; break;
        case "--queries": queriesPath = args[i + 1]; break;
        case "--sqlite": sqlitePath = args[i + 1]; break;
        case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine(Usage); return 2;
    }
}
if (dataDir is null || queriesPath is null || sqlitePath is null || args.Length % 2 != 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var queries = BenchQuery.Load(queriesPath);
var clock = Stopwatch.StartNew();
using var searcher = new TranscriptSearcher(dataDir);
var archive = new ArchiveEngine(searcher);
var opened = clock.Elapsed.TotalMilliseconds;
archive.Search(queries[0]);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Archive searcher: {searcher.ParagraphCount} paragraphs; opened in {opened:F0} ms, first search answered at {clock.Elapsed.TotalMilliseconds:F0} ms"));
searcher.WaitForFacetValues();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Facet values in memory at {clock.Elapsed.TotalMilliseconds:F0} ms"));
using var fts = Fts5Index.Open(sqlitePath, dataDir, Console.Out);

Console.WriteLine();
Console.WriteLine("hits per query (archive total / FTS5 count):");
foreach (var q in queries)
{
    var ours = archive.Search(q).ToString(CultureInfo.InvariantCulture);
    Console.WriteLine($"  {q.Class,-14} {ours,8} / {fts.Count(q),8}  {q.Text} {q.From} {q.To} {q.Venue}");
}

var ourTimes = new Dictionary<string, List<double>>();
var ftsTimes = new Dictionary<string, List<double>>();
#pragma warning disable CA5394 // Not security: a reproducible order.
var random = new Random(1);
#pragma warning restore CA5394
var order = queries.ToArray();
for (var round = -2; round < rounds; round++)
{
    random.Shuffle(order);
    foreach (var q in order)
    {
        // Alternate which engine goes first so neither always finds the file cache warmed by the other.
        var oursFirst = (round & 1) == 0;
        for (var turn = 0; turn < 2; turn++)
        {
            var isOurs = (turn == 0) == oursFirst;
            var start = Stopwatch.GetTimestamp();
            if (isOurs)
            {
                archive.Search(q);
            }
            else
            {
                fts.Search(q);
            }
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (round >= 0)
            {
                var times = isOurs ? ourTimes : ftsTimes;
                (times.TryGetValue(q.Class, out var list) ? list : times[q.Class] = []).Add(ms);
            }
        }
    }
}

Console.WriteLine();
Console.WriteLine($"latency in ms, one query at a time, {rounds} rounds over {queries.Count} queries (after 2 warm-up rounds):");
Console.WriteLine("| class | queries | archive p50 | p95 | p99 | FTS5 p50 | p95 | p99 | p99 archive/FTS5 |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var cls in queries.Select(q => q.Class).Distinct())
{
    var f = ftsTimes[cls].Order().ToList();
    var o = ourTimes.TryGetValue(cls, out var list) ? list.Order().ToList() : [];
    string P(List<double> xs, double p) => xs.Count == 0 ? "n/a" : Percentiles.Of(xs, p).ToString("F2", CultureInfo.InvariantCulture);
    var ratio = o.Count == 0 ? "n/a" : (Percentiles.Of(o, 99) / Percentiles.Of(f, 99)).ToString("F2", CultureInfo.InvariantCulture);
    Console.WriteLine($"| {cls} | {queries.Count(q => q.Class == cls)} | {P(o, 50)} | {P(o, 95)} | {P(o, 99)} | {P(f, 50)} | {P(f, 95)} | {P(f, 99)} | {ratio} |");
}
return 0;
