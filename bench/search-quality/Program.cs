// Search quality benchmark: samples quotations from an imported folder's paragraphs with a fixed
// seed, searches each in four ways and prints recall; then the same four ways for quotations that
// cross a paragraph break (the last words of one paragraph and the first of the next). Usage:
//   dotnet run -c Release --project bench/search-quality -- <imported-dir> [--count 1000] [--seed 4] [--markdown docs/search-quality.md] [--show 5]
using System.Diagnostics;
using System.Globalization;
using Archive.Records;
using Archive.Search;
using SearchQuality;

var options = Args.Parse(args);
var stopwatch = Stopwatch.StartNew();
var paragraphs = new Dictionary<(string, int), string>();
// Consecutive text paragraphs of one transcript (nothing between them), each of at least four words.
var breaks = new List<(string Id, Paragraph Before, Paragraph After)>();
foreach (var transcript in RecordsFile.ReadAll(options.DataDir).OrderBy(t => t.Id + ".json", StringComparer.Ordinal))
{
    foreach (var p in transcript.Paragraphs.Where(p => p.Kind == ParagraphKind.Text))
    {
        paragraphs[(transcript.Id, p.N)] = p.Text;
    }
    for (var i = 0; i + 1 < transcript.Paragraphs.Count; i++)
    {
        if (transcript.Paragraphs[i] is { Kind: ParagraphKind.Text } before && transcript.Paragraphs[i + 1] is { Kind: ParagraphKind.Text } after
            && WordCount(before.Text) >= 4 && WordCount(after.Text) >= 4)
        {
            breaks.Add((transcript.Id, before, after));
        }
    }
}
static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
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

// Across a break: the last 4-10 words of one paragraph and the first 4-10 of the next, from a
// generator of its own so that the quotations above stay the same.
var crossRandom = new Random(options.Seed * 7 + 1);
var crossing = new List<Quotation>();
while (crossing.Count < options.Count && breaks.Count > 0)
{
    var (id, before, after) = breaks[crossRandom.Next(breaks.Count)];
    var tail = before.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    var head = after.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    var fromTail = Math.Min(crossRandom.Next(4, 11), tail.Length);
    var fromHead = Math.Min(crossRandom.Next(4, 11), head.Length);
    crossing.Add(new Quotation(id, before.N, [.. tail[^fromTail..], .. head[..fromHead]], after.N));
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

var crossVariants = new (string Name, string Label, int K, Func<Quotation, Random, string> Make)[]
{
    ("e", "across a break, exact, in quotes", 1, Exact),
    ("f", "across a break, one word dropped, no quotes", 3, Dropped),
    ("g", "across a break, one word replaced, no quotes", 3, Replaced),
    ("h", "across a break, lower-cased, straight quotes, in quotes", 3, Plain),
};

// The words a hit shows: its paragraph, or both paragraphs of a passage across a break.
string? HitText(SearchHit h) => !paragraphs.TryGetValue((h.Id, h.N), out var text) ? null
    : h.Through is { } through && paragraphs.TryGetValue((h.Id, through), out var next) ? text + " " + next : text;

using var searcher = new TranscriptSearcher(options.DataDir);
var rows = Measure(quotations, variants);
var crossRows = Measure(crossing, crossVariants);

List<string> Measure(List<Quotation> quotations, (string Name, string Label, int K, Func<Quotation, Random, string> Make)[] variants)
{
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
            var hit = results.Hits.Take(variant.K).Any(h => HitText(h) is { } text && WordSequence.Contains(WordSequence.Words(text), needle));
            if (hit)
            {
                found++;
            }
            else if (shown++ < options.Show)
            {
                Console.WriteLine($"  miss ({variant.Name}) {quotation.Id}#p{quotation.N}: {query}{(results.Problem is null ? "" : " -- " + results.Problem)}");
                foreach (var h in results.Hits.Take(variant.K))
                {
                    Console.WriteLine($"      got {h.Id}#p{h.N}{(h.Through is { } t ? "-" + t : "")}");
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
return rows;
}

if (options.Markdown is { } markdown)
{
    var table = string.Join('\n', [
        $"Corpus: `{Path.GetFileName(Path.TrimEndingDirectorySeparator(options.DataDir))}`, {paragraphs.Count:N0} text paragraphs; {quotations.Count} quotations of 10–15 words, seed {options.Seed}.",
        "",
        "| variant | measure | result | median time | 95th percentile |",
        "| --- | --- | --- | --- | --- |",
        .. rows,
        "",
        $"Across a paragraph break: {crossing.Count} quotations of the last 4–10 words of a text paragraph and the first 4–10 of the next one in the same transcript ({breaks.Count:N0} such breaks), same seed. A hit is a paragraph, or a passage of two, whose words hold the quotation.",
        "",
        "| variant | measure | result | median time | 95th percentile |",
        "| --- | --- | --- | --- | --- |",
        .. crossRows]);
    var doc = File.Exists(markdown) ? File.ReadAllText(markdown) : "";
    const string Begin = "<!-- results -->", End = "<!-- /results -->";
    var a = doc.IndexOf(Begin, StringComparison.Ordinal);
    var b = doc.IndexOf(End, StringComparison.Ordinal);
    doc = a >= 0 && b > a ? doc[..(a + Begin.Length)] + "\n" + table + "\n" + doc[b..] : doc + $"\n{Begin}\n{table}\n{End}\n";
    File.WriteAllText(markdown, doc);
    Console.WriteLine($"Results written to {markdown}");
}
