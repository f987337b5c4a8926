using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Archive.Import.Collections;
using Archive.Import.Speakers;
using Archive.Records;

namespace Archive.Import.Readers.Html;

/// <summary>What an en.kremlin.ru page holds: its head matter and its body paragraphs, before speaker turns are numbered.</summary>
public sealed partial record KremlinArticle
{
    public const string Source = "President of Russia";

    public required string Title { get; init; }
    /// <summary>A title-only news item: the headline is the whole item and stands as its one paragraph.</summary>
    public TranscriptKind Kind { get; init; } = TranscriptKind.Transcript;
    /// <summary>The page's original address (<c>og:url</c>), or null when the page does not give one.</summary>
    public string? SourceUrl { get; init; }
    public required DateOnly Date { get; init; }
    public string? Time { get; init; }
    public string? Venue { get; init; }
    public string? Summary { get; init; }
    public required IReadOnlyList<ArticleParagraph> Paragraphs { get; init; }
    /// <summary>What was left out of the body on purpose, each naming its rule and giving the words in full.</summary>
    public IReadOnlyList<string> Removals { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];

    [GeneratedRegex(@"^(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)$")]
    private static partial Regex TimeOfDay();

    /// <summary>Reads the page; throws <see cref="ImportException"/> naming the line when the title, date or body is missing.</summary>
    public static KremlinArticle Parse(IDocument page, string path)
    {
        var warnings = new List<string>();
        var h1 = page.QuerySelector(KremlinMarkup.Title);
        // Everything else sits in the <article> that holds the title; searching only there skips the site's menus.
        var article = (IParentNode?)h1?.Closest("article") ?? page;
        var title = h1 is null ? string.Empty : TextCleaner.Clean(h1.TextContent);
        if (title.Length == 0)
        {
            throw new ImportException(h1 is null ? 1 : HtmlSource.LineOf(h1), "the page has no title (an <h1 class=\"entry-title\"> with words in it).");
        }
        var date = ReadDate(article, h1!);
        var timeElement = article.QuerySelector(KremlinMarkup.Time);
        string? time = null;
        if (timeElement is not null)
        {
            var text = TextCleaner.Clean(timeElement.TextContent);
            var match = TimeOfDay().Match(text);
            if (match.Success)
            {
                time = $"{int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture):00}:{match.Groups["m"].Value}";
            }
            else if (text.Length > 0)
            {
                warnings.Add($"{path}:{HtmlSource.LineOf(timeElement)}: the time '{text}' is not a time of day (HH:mm); the record has no time.");
            }
        }
        var body = article.QuerySelector(KremlinMarkup.Body)
            ?? throw new ImportException(HtmlSource.LineOf(h1!), "the page has no article body (<div class=\"entry-content\">).");
        var removals = new List<string>();
        var paragraphs = ArticleBody.Read(body, path, removals, warnings);
        var kind = TranscriptKind.Transcript;
        if (!paragraphs.Any(p => p.Raw.Kind == ParagraphKind.Text))
        {
            // en.kremlin.ru publishes title-only news items: the headline is the whole item. It becomes the
            // record's one paragraph, so that it is searched and can be cited like any other words.
            kind = TranscriptKind.HeadlineOnly;
            foreach (var mark in paragraphs)
            {
                // A lone section break or cut mark has nothing to separate or stand for once the body is the headline.
                removals.Add($"{path}:{mark.Line}: removed (headline-only): {mark.Raw.Text}");
            }
            paragraphs = [new ArticleParagraph(new RawParagraph(title), IsNarration: true, HtmlSource.LineOf(h1!))];
        }
        return new KremlinArticle
        {
            Title = title,
            Kind = kind,
            SourceUrl = OriginalUrl(page, path, warnings),
            Date = date,
            Time = time,
            Venue = TextOf(article.QuerySelector(KremlinMarkup.Place)),
            Summary = TextOf(article.QuerySelector(KremlinMarkup.Lead)),
            Paragraphs = paragraphs,
            Removals = removals,
            Warnings = warnings,
        };
    }

    public DraftTranscript ToDraft()
    {
        var paragraphs = SpeakerTurns.Assign(Paragraphs.Select(p => p.Raw), findLabelsInText: false);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (Paragraphs[i].IsNarration)
            {
                paragraphs[i] = paragraphs[i] with { Speaker = null, Label = null };
            }
        }
        return new DraftTranscript
        {
            Title = Title,
            Kind = Kind,
            Collection = KnownCollections.Kremlin.Id,
            SourceUrl = SourceUrl,
            Date = Date,
            Time = Time,
            Source = Source,
            Venue = Venue,
            Summary = Summary,
            Paragraphs = paragraphs,
            Removals = Removals,
            Warnings = Warnings,
        };
    }

    /// <summary>
    /// The date in <c>.read__meta</c>. Announcements of coming events have none there; the site files them
    /// under their publication date (<c>.read__status</c>), and so does the archive.
    /// </summary>
    private static DateOnly ReadDate(IParentNode page, IElement title)
    {
        var element = page.QuerySelector(KremlinMarkup.PublishedDate);
        if (element is null && page.QuerySelector(KremlinMarkup.Announcement) is not null)
        {
            element = page.QuerySelector(KremlinMarkup.StatusDate);
        }
        if (element is null)
        {
            throw new ImportException(HtmlSource.LineOf(title), "the page has no date (a <time datetime=\"yyyy-mm-dd\"> in <div class=\"read__meta\">).");
        }
        var value = element.GetAttribute("datetime")?.Trim() ?? string.Empty;
        if (!DateOnly.TryParseExact(value.Length > 10 && value[10] == 'T' ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new ImportException(HtmlSource.LineOf(element), $"'{value}' is not a real date; the <time datetime> must be yyyy-mm-dd.");
        }
        return date;
    }

    /// <summary>The <c>og:url</c> the site puts in every page's head, when it is an absolute http(s) address; a warning otherwise.</summary>
    private static string? OriginalUrl(IParentNode page, string path, List<string> warnings)
    {
        var meta = page.QuerySelector(KremlinMarkup.OriginalUrl);
        var value = meta?.GetAttribute("content")?.Trim();
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return value;
        }
        warnings.Add(meta is null
            ? $"{path}:1: the page gives no original address (<meta property=\"og:url\">); the record has no source URL."
            : $"{path}:{HtmlSource.LineOf(meta)}: the page's og:url '{value}' is not an http(s) address; the record has no source URL.");
        return null;
    }

    /// <summary>An element's words with white space normalised, <c>.masha-ignore</c> matter left out; null when there are none.</summary>
    private static string? TextOf(IElement? element)
    {
        if (element is null)
        {
            return null;
        }
        var blocks = new List<string>();
        foreach (var p in element.QuerySelectorAll("p").Where(p => !p.Children.Any(c => c.LocalName == "p")))
        {
            blocks.Add(InlineText.Of(p.ChildNodes).Text);
        }
        var text = TextCleaner.Clean(blocks.Count > 0 ? string.Join(' ', blocks) : InlineText.Of(element.ChildNodes).Text);
        return text.Length == 0 ? null : text;
    }
}
