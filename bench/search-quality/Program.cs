// Search quality benchmark: samples quotations from an imported folder's paragraphs with a fixed
// seed, searches each in four ways and prints recall. Usage:
//   dotnet run -c Release --project bench/search-quality -- <imported-dir> [--count 1000] [--seed 4] [--markdown docs/search-quality.md] [--show 5]
using System.Diagnostics;
using System.Globalization;
using Archive.Records;
using Archive.Search;
using SearchQuality;

var options = Args.Parse(args);
var stopwatch = Stopwatch.StartNew();
var paragraphs = new Dictionary<(string, int), string>();
foreach (var transcript in RecordsFile.ReadAll(options.DataDir).OrderBy(t => t.Id + ".json", StringComparer.Ordinal))
{
    foreach (var p in transcript.Paragraphs.Where(p => p.Kind == ParagraphKind.Text))
    {
        paragraphs[(transcript.Id, p.N)] = p.Text;
    }
}
Console.WriteLine($"{paragraphs.Count:N0} text paragraphs read in {stopwatch.Elapsed.TotalSeconds:0.0} s");

var random = new Random(options.Seed);
var pool = paragraphs.Where(p => p.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 10).OrderBy(p => p.Key).ToList();
var quotations = new List<Quotation>();
while (quotations.Count < options.Count && pool.Count > 0)
{
    var (key, text) = pool[random.Next(pool.Count)];
    var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    var length = Math.Min(random.Next(10, 16), words.Length);
    var start = random.Next(words.Length - length + 1);
    quotations.Add(new Quotation(key.Item1, key.Item2, words[start..(start + length)]));
}

string Exact(Quotation q, Random r) => "\"" + q.Text + "\"";
string Dropped(Quotation q, Random r)
{
    var words = q.Words.ToList();
    words.RemoveAt(r.Next(words.Count));
    return string.Join(' ', words);
}
string Replaced(Quotation q, Random r)
{
    var words = q.Words.ToList();
    var i = r.Next(words.Count);
    var original = WordSequence.Words(words[i]);
    var replacement = words[i];
    for (var tries = 0; tries < 20 && WordSequence.Words(replacement).SequenceEqual(original); tries++)
    {
        var other = quotations[r.Next(quotations.Count)].Words;
        replacement = other[r.Next(other.Count)];
    }
    words[i] = replacement;
    return string.Join(' ', words);
}
string Plain(Quotation q, Random r) => "\"" + q.Text.ToLowerInvariant()
    .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"') + "\"";

var variants = new (string Name, string Label, int K, Func<Quotation, Random, string> Make)[]
{
    ("a", "exact, in quotes", 1, Exact),
    ("b", "one word dropped, no quotes", 3, Dropped),
    ("c", "one word replaced, no quotes", 3, Replaced),
    ("d", "lower-cased, straight quotes, in quotes", 3, Plain),
};

using var searcher = new TranscriptSearcher(options.DataDir);
var rows = new List<string>();
foreach (var variant in variants)
{
    var r = new Random(options.Seed * 31 + variant.Name[0]);
    var found = 0;
    var shown = 0;
    var times = new List<double>();
    foreach (var quotation in quotations)
    {
        var query = variant.Make(quotation, r);
        var watch = Stopwatch.StartNew();
        var results = searcher.Search(new SearchRequest(query, PageSize: variant.K));
        times.Add(watch.Elapsed.TotalMilliseconds);
        var needle = WordSequence.Words(quotation.Text);
        var hit = results.Hits.Take(variant.K).Any(h => paragraphs.TryGetValue((h.Id, h.N), out var text) && WordSequence.Contains(WordSequence.Words(text), needle));
        if (hit)
        {
            found++;
        }
        else if (shown++ < options.Show)
        {
            Console.WriteLine($"  miss ({variant.Name}) {quotation.Id}#p{quotation.N}: {query}{(results.Problem is null ? "" : " -- " + results.Problem)}");
            foreach (var h in results.Hits.Take(variant.K))
            {
                Console.WriteLine($"      got {h.Id}#p{h.N}");
            }
        }
    }
    times.Sort();
    var recall = 100.0 * found / quotations.Count;
    var line = string.Create(CultureInfo.InvariantCulture,
        $"| ({variant.Name}) {variant.Label} | recall@{variant.K} | {recall:0.0}% ({found}/{quotations.Count}) | {times[times.Count / 2]:0.0} ms | {times[(int)(times.Count * 0.95)]:0.0} ms |");
    rows.Add(line);
    Console.WriteLine(line);
}

if (options.Markdown is { } markdown)
{
    var table = string.Join('\n', [
        $"Corpus: `{Path.GetFileName(Path.TrimEndingDirectorySeparator(options.DataDir))}`, {paragraphs.Count:N0} text paragraphs; {quotations.Count} quotations of 10–15 words, seed {options.Seed}.",
        "",
        "| variant | measure | result | median time | 95th percentile |",
        "| --- | --- | --- | --- | --- |",
        .. rows]);
    var doc = File.Exists(markdown) ? File.ReadAllText(markdown) : "";
    const string Begin = "<!-- results -->", End = "<!-- /results -->";
    var a = doc.IndexOf(Begin, StringComparison.Ordinal);
    var b = doc.IndexOf(End, StringComparison.Ordinal);
    doc = a >= 0 && b > a ? doc[..(a + Begin.Length)] + "\n" + table + "\n" + doc[b..] : doc + $"\n{Begin}\n{table}\n{End}\n";
    File.WriteAllText(markdown, doc);
    Console.WriteLine($"Results written to {markdown}");
}
