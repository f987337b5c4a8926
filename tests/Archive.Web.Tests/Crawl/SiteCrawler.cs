using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.Crawl;

/// <summary>
/// Reads the site's pages from one address up to a bound, as a search engine's crawler would, taking the next
/// page at random (seeded, so every run reads the same pages) from all found and not yet read: breadth-first, the
/// bound was spent on the lists in the header (venues, speakers, months) and reached 20 transcripts of 5,505.
/// Then checks every link those pages hold: the address answers 200, at once or after redirects, and an anchor
/// (<c>#p12</c>) names an element of the page it points into. Links off the site are not followed.
/// </summary>
internal sealed class SiteCrawler(HttpClient client, int maxPages)
{
    private const int MaxRedirects = 5;
    private const int Parallel = 4;
    private const int Seed = 20261207;
    private static readonly Uri Origin = new("http://localhost");
    private static readonly HtmlParser Parser = new();

    private readonly ConcurrentDictionary<string, Task<Answer>> _answers = new(StringComparer.Ordinal);
    /// <summary>Every link found, by the address it names (path and query), with the first page it was found on.</summary>
    private readonly Dictionary<string, string> _foundOn = new(StringComparer.Ordinal);
    private readonly List<(string Target, string Anchor, string FoundOn)> _anchors = [];

    public int PagesRead => Read.Count;
    /// <summary>The pages read, in the order read.</summary>
    public List<string> Read { get; } = [];
    public int LinksChecked { get; private set; }
    public int AnchorsChecked { get; private set; }

    private sealed record Answer(HttpStatusCode Status, string FinalUrl, string? Html);

    /// <summary>Reads pages from <paramref name="start"/> and returns each broken link with the page it is on.</summary>
    public async Task<List<string>> Crawl(string start)
    {
        var random = new Random(Seed);
        var frontier = new List<string> { start };
        var found = new HashSet<string>(StringComparer.Ordinal) { start };
        while (frontier.Count > 0 && PagesRead < maxPages)
        {
            var batch = new List<string>();
            while (frontier.Count > 0 && batch.Count < Parallel * 4 && PagesRead + batch.Count < maxPages)
            {
                var i = random.Next(frontier.Count);
                batch.Add(frontier[i]);
                frontier[i] = frontier[^1];
                frontier.RemoveAt(frontier.Count - 1);
            }
            var answers = await Task.WhenAll(batch.Select(Fetch));
            foreach (var (url, answer) in batch.Zip(answers))
            {
                // A redirect (a short link) leads to a page with the same links as its own address: checked, not read.
                if (answer.Html is null || answer.FinalUrl != url)
                {
                    continue;
                }
                Read.Add(url);
                foreach (var link in Links(answer.FinalUrl, answer.Html))
                {
                    _foundOn.TryAdd(link.Target, url);
                    if (link.Anchor is not null)
                    {
                        _anchors.Add((link.Target, link.Anchor, url));
                    }
                    if (found.Add(link.Target))
                    {
                        frontier.Add(link.Target);
                    }
                }
            }
        }
        return await Check();
    }

    private async Task<List<string>> Check()
    {
        var broken = new ConcurrentBag<string>();
        await System.Threading.Tasks.Parallel.ForEachAsync(_foundOn, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (link, _) =>
        {
            var answer = await Fetch(link.Key);
            if (answer.Status != HttpStatusCode.OK)
            {
                broken.Add($"{link.Key} answers {(int)answer.Status} (linked from {link.Value})");
            }
        });
        LinksChecked = _foundOn.Count;
        foreach (var (target, anchor, foundOn) in _anchors.DistinctBy(a => (a.Target, a.Anchor)))
        {
            var answer = await Fetch(target);
            if (answer.Html is not null && Parser.ParseDocument(answer.Html).GetElementById(anchor) is null)
            {
                broken.Add($"{target}#{anchor}: no such anchor (linked from {foundOn})");
            }
            AnchorsChecked++;
        }
        return [.. broken.Order(StringComparer.Ordinal)];
    }

    /// <summary>The address's answer after its redirects, fetched once however often it is linked.</summary>
    private Task<Answer> Fetch(string url) => _answers.GetOrAdd(url, async u =>
    {
        for (var hops = 0; hops <= MaxRedirects; hops++)
        {
            using var response = await client.GetAsync(new Uri(u, UriKind.Relative));
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                var next = new Uri(new Uri(Origin, u), location);
                if (next.Host != Origin.Host)
                {
                    return new Answer(response.StatusCode, next.AbsoluteUri, null);
                }
                u = next.PathAndQuery;
                continue;
            }
            var html = response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html"
                ? await response.Content.ReadAsStringAsync()
                : null;
            return new Answer(response.StatusCode, u, html);
        }
        return new Answer(HttpStatusCode.LoopDetected, u, null);
    });

    /// <summary>The site's own addresses a page refers to: links, stylesheets, scripts, images, form actions.</summary>
    private static IEnumerable<(string Target, string? Anchor)> Links(string pageUrl, string html)
    {
        var page = new Uri(Origin, pageUrl);
        var document = Parser.ParseDocument(html);
        var references = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href"))
            .Concat(document.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")))
            .Concat(document.QuerySelectorAll("form").Select(e => e.GetAttribute("action") ?? ""));
        foreach (var reference in references)
        {
            if (reference is null || !Uri.TryCreate(page, reference, out var uri) || uri.Host != Origin.Host || uri.Scheme is not ("http" or "https"))
            {
                continue;
            }
            yield return (uri.PathAndQuery, uri.Fragment.Length > 1 ? Uri.UnescapeDataString(uri.Fragment[1..]) : null);
        }
    }
}
