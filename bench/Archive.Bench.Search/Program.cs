using System.Diagnostics;
using System.Globalization;
using Archive.Bench.Search;
using Archive.Search;

const string Usage = """
    Usage: Archive.Bench.Search --data <imported-dir> --queries <queries.tsv> --sqlite <fts5.db> [--rounds N] [--warm-up N]

    Times every query of queries.tsv in this process, one at a time, against the archive's searcher
    and against SQLite FTS5 over the same paragraphs (built from the records into <fts5.db> if it is
    not there), alternating the two, and prints p50, p95 and p99 per query class. Before timing,
    the archive's searcher answers --warm-up searches (default 2000), the queries in turn: .NET
    compiles a method again, optimised by what it saw, after it has run a while, so the first
    several hundred searches of a process are up to 5 ms slower than a running site's.
    """;

string? dataDir = null, queriesPath = null, sqlitePath = null;
var rounds = 30;
var warmUp = 2000;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--data": dataDir = args[i + 1]; break;
        case "--queries": queriesPath = args[i + 1]; break;
        case "--sqlite": sqlitePath = args[i + 1]; break;
        case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--warm-up": warmUp = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
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

var warmClock = Stopwatch.StartNew();
for (var i = 0; i < warmUp; i++)
{
    archive.Search(queries[i % queries.Count]);
}
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: {warmUp} searches by the archive's searcher, {warmClock.Elapsed.TotalSeconds:F1} s"));

var ourTimes = new Dictionary<string, List<double>>();
var ftsTimes = new Dictionary<string, List<double>>();
var ourByQuery = new Dictionary<BenchQuery, List<double>>();
var ftsByQuery = new Dictionary<BenchQuery, List<double>>();
// How many of the archive's searches a garbage collection ran during: the usual cause of a slow one.
var collectedDuring = new Dictionary<string, int>();
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
            var collections = GC.CollectionCount(0);
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
                var byQuery = isOurs ? ourByQuery : ftsByQuery;
                (byQuery.TryGetValue(q, out var mine) ? mine : byQuery[q] = []).Add(ms);
                if (isOurs && GC.CollectionCount(0) != collections)
                {
                    collectedDuring[q.Class] = collectedDuring.GetValueOrDefault(q.Class) + 1;
                }
            }
        }
    }
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"garbage collections over the whole run: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms in all"));
Console.WriteLine($"latency in ms, one query at a time, {rounds} rounds over {queries.Count} queries (after the warm-up and 2 rounds of both engines untimed):");
Console.WriteLine("| class | queries | archive p50 | p95 | p99 | FTS5 p50 | p95 | p99 | p99 archive/FTS5 | archive searches with a collection |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
string P(List<double> xs, double p) => xs.Count == 0 ? "n/a" : Percentiles.Of(xs, p).ToString("F2", CultureInfo.InvariantCulture);
foreach (var cls in queries.Select(q => q.Class).Distinct())
{
    var f = ftsTimes[cls].Order().ToList();
    var o = ourTimes.TryGetValue(cls, out var list) ? list.Order().ToList() : [];
    var ratio = o.Count == 0 ? "n/a" : (Percentiles.Of(o, 99) / Percentiles.Of(f, 99)).ToString("F2", CultureInfo.InvariantCulture);
    Console.WriteLine($"| {cls} | {queries.Count(q => q.Class == cls)} | {P(o, 50)} | {P(o, 95)} | {P(o, 99)} | {P(f, 50)} | {P(f, 95)} | {P(f, 99)} | {ratio} | {collectedDuring.GetValueOrDefault(cls)} of {o.Count} |");
}

Console.WriteLine();
Console.WriteLine("per query (which ones set a class's p99):");
Console.WriteLine("| class | query | archive p50 | p95 | max | FTS5 p50 | p95 | max |");
Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var q in queries)
{
    var o = ourByQuery[q].Order().ToList();
    var f = ftsByQuery[q].Order().ToList();
    Console.WriteLine($"| {q.Class} | {q.Text} {q.From} {q.To} {q.Venue} | {P(o, 50)} | {P(o, 95)} | {P(o, 100)} | {P(f, 50)} | {P(f, 95)} | {P(f, 100)} |");
}
return 0;
