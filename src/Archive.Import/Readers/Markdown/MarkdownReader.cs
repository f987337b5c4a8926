using Archive.Import.Speakers;
using Archive.Records;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Import.Readers.Markdown;

/// <summary>
/// A hand-curated transcript in Markdown: a front-matter block (title, date, source; optionally time,
/// venue, summary) and the speech as Markdown paragraphs. <c>**Vladimir Putin:** text</c> opens a turn as
/// a bold label does in HTML; <c>* * *</c> is a section break; a heading is a section break that carries its words.
/// </summary>
public sealed class MarkdownReader : ITranscriptReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();
    private static readonly HashSet<string> KnownKeys = new(StringComparer.OrdinalIgnoreCase) { "title", "date", "time", "source", "source_url", "collection", "venue", "summary" };

    public string Format => "markdown";

    public bool CanRead(SourceFile file) => file.Extension is ".md" or ".markdown";

    public DraftTranscript Read(SourceFile file)
    {
        var lines = TextCleaner.Lines(file.Text);
        var matter = FrontMatter.Parse(lines);
        var warnings = new List<string>();
        foreach (var key in matter.Keys.Where(k => !KnownKeys.Contains(k)))
        {
            matter.TryGet(key, out var value, out var line);
            warnings.Add($"{file.RelativePath}:{line}: front-matter key '{key}' is not part of the record and was left out: {value}");
        }
        var title = Required(matter, "title");
        var source = Required(matter, "source");
        var dateText = Required(matter, "date");
        matter.TryGet("date", out _, out var dateLine);
        if (!DateParser.TryParse(dateText, out var date))
        {
            throw new ImportException(dateLine, $"'{dateText}' is not a real date; write it as 'July 10, 2014', '10 July 2014' or '2014-07-10'.");
        }

        var body = string.Join('\n', lines.Skip(matter.ClosingLine));
        var paragraphs = SpeakerTurns.Assign(Paragraphs(Markdig.Markdown.Parse(body, Pipeline), file, matter.ClosingLine, warnings));
        if (!paragraphs.Any(p => p.Kind == ParagraphKind.Text))
        {
            throw new ImportException(matter.ClosingLine + 1, "the file holds no paragraphs after the front matter.");
        }
        return new DraftTranscript
        {
            Title = title,
            Date = date,
            Time = Time(matter),
            Source = source,
            Collection = matter.TryGet("collection", out var collection, out var collectionLine)
                ? TranscriptOrigin.Collection(collection, collectionLine)
                : CollectionInfo.LocalId,
            SourceUrl = matter.TryGet("source_url", out var url, out var urlLine) ? TranscriptOrigin.Url(url, urlLine) : null,
            Venue = Optional(matter, "venue"),
            Summary = Optional(matter, "summary"),
            Paragraphs = paragraphs,
            Warnings = warnings,
        };
    }

    private static List<RawParagraph> Paragraphs(ContainerBlock container, SourceFile file, int lineOffset, List<string> warnings)
    {
        var raw = new List<RawParagraph>();
        foreach (var block in container)
        {
            switch (block)
            {
                case ParagraphBlock paragraph when paragraph.Inline is not null:
                    raw.Add(Paragraph(paragraph.Inline));
                    break;
                case HeadingBlock heading when heading.Inline is not null:
                    raw.Add(new RawParagraph(MarkdownInlineText.Of(heading.Inline), ParagraphKind.SectionBreak));
                    break;
                case ThematicBreakBlock:
                    raw.Add(new RawParagraph("* * *", ParagraphKind.SectionBreak));
                    break;
                case ContainerBlock inner:
                    raw.AddRange(Paragraphs(inner, file, lineOffset, warnings));
                    break;
                case LeafBlock leaf:
                    // Code and HTML blocks have no place in a transcript, but their words are kept, not dropped.
                    var text = TextCleaner.Clean(leaf.Lines.ToString());
                    if (text.Length > 0)
                    {
                        warnings.Add($"{file.RelativePath}:{lineOffset + leaf.Line + 1}: a {leaf.GetType().Name.Replace("Block", "", StringComparison.Ordinal).ToLowerInvariant()} block was kept as a plain paragraph: {text[..Math.Min(60, text.Length)]}");
                        raw.Add(new RawParagraph(text));
                    }
                    break;
            }
        }
        return raw;
    }

    /// <summary>A paragraph; a bold run at its start that ends in a colon (<c>**Name:**</c> or <c>**Name**:</c>) is its speaker label.</summary>
    private static RawParagraph Paragraph(ContainerInline inlines)
    {
        var text = MarkdownInlineText.Of(inlines);
        if (IsCut(text))
        {
            return new RawParagraph(text, ParagraphKind.Cut);
        }
        if (inlines.FirstChild is EmphasisInline { DelimiterCount: 2 } bold)
        {
            var label = MarkdownInlineText.Of(bold);
            var after = MarkdownInlineText.Of(Siblings(bold));
            if (label.EndsWith(':') && label.Length > 1)
            {
                return new RawParagraph(after, Label: label[..^1].TrimEnd());
            }
            if (after.StartsWith(':'))
            {
                return new RawParagraph(after[1..].TrimStart(), Label: label);
            }
        }
        return new RawParagraph(text);
    }

    private static IEnumerable<Inline> Siblings(Inline first)
    {
        for (var next = first.NextSibling; next is not null; next = next.NextSibling)
        {
            yield return next;
        }
    }

    private static bool IsCut(string text) => text is "<…>" or "<...>" or "[…]" or "[...]";

    private static string Required(FrontMatter matter, string key)
    {
        if (!matter.TryGet(key, out var value, out var line) || value.Length == 0)
        {
            throw new ImportException(line > 0 ? line : matter.ClosingLine,
                $"the front matter has no {key}; add a line '{key}: ...' before the closing '---'.");
        }
        return value;
    }

    private static string? Optional(FrontMatter matter, string key) =>
        matter.TryGet(key, out var value, out _) && value.Length > 0 ? value : null;

    private static string? Time(FrontMatter matter)
    {
        if (!matter.TryGet("time", out var value, out var line) || value.Length == 0)
        {
            return null;
        }
        if (!TimeOnly.TryParseExact(value, ["H:mm", "HH:mm"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time))
        {
            throw new ImportException(line, $"'{value}' is not a time of day; write it as 'HH:mm', for example '14:30'.");
        }
        return time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }
}
