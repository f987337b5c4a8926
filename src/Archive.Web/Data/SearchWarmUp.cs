using System.Text.RegularExpressions;
using Archive.Records;
using Archive.Search;

namespace Archive.Web.Data;

/// <summary>
/// Searches of every kind, run once an import is read and before <c>/readyz</c> reports it ready, so
/// that the first people to search after a start do not pay for .NET compiling the search code again,
/// optimised, after it has run a while (tiered compilation: a method is recompiled after 30 calls, and
/// each kind of search takes its own route through the searcher). The searches are made from the
/// import's own text (a few transcripts' longest paragraphs): a rare word, a common word, two words, a
/// phrase, a near-quote, an exact quote, a date filter, newest first and a second page. Search answers
/// while they run; only readiness waits. The figures are in docs/performance.md, "Warm start".
/// </summary>
public sealed partial class SearchWarmUp(int searches)
{
    /// <summary>Searches run in all, the kinds in turn (<c>Archive:WarmUpSearches</c>; 0 runs none).</summary>
    public int Searches { get; } = Math.Max(searches, 0);

    /// <summary>Awaited before the first search (tests hold it to see the site not yet ready).</summary>
    internal Task Gate { get; init; } = Task.CompletedTask;

    /// <summary>Transcripts whose text the searches are made from, spread over the catalog.</summary>
    private const int Sources = 6;

    /// <summary>Runs the searches on a thread of its own once the searcher and catalog are read; nothing if either could not be.</summary>
    public async Task RunAsync(Task<TranscriptSearcher> searcherTask, Task<ArchiveData> dataTask)
    {
        await Gate.ConfigureAwait(false);
        TranscriptSearcher searcher;
        ArchiveData data;
        try
        {
            searcher = await searcherTask.ConfigureAwait(false);
            data = await dataTask.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Either failure is reported by the health checks and ArchiveWatch; there is nothing to warm.
        catch (Exception)
#pragma warning restore CA1031
        {
            return;
        }
        await Task.Run(() => Run(searcher, data)).ConfigureAwait(false);
    }

    private void Run(TranscriptSearcher searcher, ArchiveData data)
    {
        try
        {
            var requests = Requests(data);
            for (var i = 0; i < Searches && requests.Count > 0; i++)
            {
                searcher.Search(requests[i % requests.Count]);
            }
        }
#pragma warning disable CA1031 // A damaged file is reported by the requests people make (ArchiveSnapshot.ReportDamage, the error page); warming stops.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>The searches, made from the longest text paragraph of a few transcripts spread over the catalog.</summary>
    internal static List<SearchRequest> Requests(ArchiveData data)
    {
        var requests = new List<SearchRequest>();
        var catalog = data.Catalog;
        for (var s = 0; s < Sources && s < catalog.Count; s++)
        {
            var summary = catalog[(int)((long)catalog.Count * s / Sources)];
            // Read past the record cache, which is for the pages people ask for.
            var json = data.RecordJsonOf(summary.Id);
            var paragraph = json is null ? null : RecordJson.ReadTranscript(json).Paragraphs.Where(p => p.Kind == ParagraphKind.Text).MaxBy(p => p.Text.Length);
            var words = paragraph is null ? [] : Word().Matches(paragraph.Text).Select(m => m.Value).ToList();
            if (words.Count < QuoteWords + 1)
            {
                continue;
            }
            var rare = words.MaxBy(w => w.Length)!;
            var common = words.Where(w => w.Length >= 4).GroupBy(w => w, StringComparer.OrdinalIgnoreCase).MaxBy(g => g.Count())?.Key ?? words[0];
            var quote = string.Join(' ', words.Skip(1).Take(QuoteWords));
            var year = summary.Date.Year;
            requests.Add(new SearchRequest(rare));
            requests.Add(new SearchRequest(common));
            requests.Add(new SearchRequest(rare + " " + common));
            requests.Add(new SearchRequest("\"" + string.Join(' ', words.Take(3)) + "\""));
            requests.Add(new SearchRequest(quote));
            requests.Add(new SearchRequest("\"" + quote + "\""));
            requests.Add(new SearchRequest(common, From: new DateOnly(year, 1, 1), To: new DateOnly(year, 12, 31)));
            requests.Add(new SearchRequest(common, Sort: SearchSort.Newest));
            requests.Add(new SearchRequest(common, Page: 2));
        }
        return requests;
    }

    /// <summary>Words of a near-quote and of an exact quote: more than the searcher's least for a near-quote (6).</summary>
    private const int QuoteWords = 8;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
