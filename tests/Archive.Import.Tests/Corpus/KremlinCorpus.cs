using System.Diagnostics;
using Archive.Import.Readers;
using Archive.Import.Readers.Html;
using Archive.Import.Speakers;
using Archive.Records;
using Archive.Tests;

namespace Archive.Import.Tests.Corpus;

/// <summary>
/// Imports every en.kremlin.ru page of the shared corpus once (both cores), parsing each page once and reading
/// both the record and the page's own title, date, place and body words from that parse.
/// </summary>
public sealed class KremlinCorpus
{
    public KremlinCorpus()
    {
        var folder = Path.Combine(RepoPaths.Corpus, "kremlin-en-html");
        Manifest = ManifestRow.Load(Path.Combine(folder, "MANIFEST.tsv"));
        var files = Directory.GetFiles(Path.Combine(folder, "news"), "*.html").Order(StringComparer.Ordinal).ToArray();
        var pages = new KremlinPage[files.Length];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => pages[i] = Import(folder, files[i]));
        Elapsed = clock.Elapsed;
        Pages = pages;
    }

    /// <summary>The shipped alias file for the shared corpora, as an import of them reads it.</summary>
    public static SpeakerAliases Aliases { get; } = SpeakerAliases.Load([Path.Combine(RepoPaths.Content, SpeakerAliases.FileName)], []);

    internal IReadOnlyList<KremlinPage> Pages { get; }
    internal IReadOnlyDictionary<string, ManifestRow> Manifest { get; }
    public TimeSpan Elapsed { get; }

    private static KremlinPage Import(string folder, string path)
    {
        var file = SourceFile.Load(folder, path);
        var reader = ReaderRegistry.For(file);
        if (reader is not KremlinHtmlReader)
        {
            return new KremlinPage { File = file.RelativePath, Format = reader?.Format, Error = "not taken by the kremlin-html reader" };
        }
        var page = HtmlSource.Parse(file.Text);
        var meta = page.QuerySelector(".read__meta time[datetime]");
        var announcement = meta is null && page.QuerySelector(".announce_date") is not null;
        var expected = new KremlinPage
        {
            File = file.RelativePath,
            Format = reader.Format,
            PageTitle = page.QuerySelector("h1")?.TextContent,
            PageDate = (meta ?? (announcement ? page.QuerySelector(".read__status time[datetime]") : null))?.GetAttribute("datetime"),
            PagePlace = page.QuerySelector(".read__place")?.TextContent,
            PageTime = page.QuerySelector(".read__time")?.TextContent,
            IsAnnouncement = announcement,
        };
        try
        {
            var article = KremlinArticle.Parse(page, file.RelativePath);
            var draft = article.ToDraft();
            var body = page.QuerySelector(".entry-content");
            var record = RecordAssembler.Assemble(draft, file, reader.Format, [], Aliases);
            return expected with
            {
                LabelledParagraphs = article.Paragraphs.Count(p => p.Raw.Label is not null),
                Record = record,
                Removals = draft.Removals,
                Warnings = draft.Warnings,
                MissingWords = body is null ? ["(no .entry-content)"] : Missing(BodyWords.TextOf(body), article, draft, record),
            };
        }
        catch (ImportException e)
        {
            return expected with { Error = $"{file.RelativePath}:{e.Line}: {e.Message}" };
        }
    }

    /// <summary>The body's words less every word the record or the import log (removals, warnings) holds, as multisets.</summary>
    private static List<string> Missing(string bodyText, KremlinArticle article, DraftTranscript draft, Transcript record)
    {
        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        void Keep(string? text)
        {
            foreach (var w in BodyWords.Split(text))
            {
                kept[w] = kept.GetValueOrDefault(w) + 1;
            }
        }
        Keep(draft.Title);
        Keep(draft.Summary);
        foreach (var p in draft.Paragraphs)
        {
            Keep(p.Text);
        }
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            // A label counts once, where it opened a turn, not on every paragraph of the turn; the record holds it
            // as written in `label`, or in `speaker` when the two are the same.
            if (article.Paragraphs[i].Raw.Label is not null)
            {
                Keep(record.Paragraphs[i].Label ?? record.Paragraphs[i].Speaker);
            }
        }
        foreach (var removal in draft.Removals)
        {
            Keep(removal[(removal.IndexOf("): ", StringComparison.Ordinal) + 3)..]);
        }
        foreach (var warning in draft.Warnings)
        {
            Keep(warning); // e.g. a label run into its text, "Megyn KellyVladimir", quoted as the source has it
        }
        var missing = new List<string>();
        foreach (var w in BodyWords.Split(bodyText))
        {
            if (kept.GetValueOrDefault(w) > 0)
            {
                kept[w]--;
            }
            else
            {
                missing.Add(w);
            }
        }
        return missing;
    }
}
