using Archive.Import.Speakers;
using Archive.Records;

namespace Archive.Import.Readers;

/// <summary>
/// A newsroom page as a blog or a clipboard copied it: a title; a <c>Source | Date</c> line; an optional
/// summary (a block followed by two or more blank lines); paragraphs; an optional venue line after the
/// body (set off by two or more blank lines); and the blog's comment form, which is removed.
/// </summary>
public sealed class PlainTextReader : ITranscriptReader
{
    public string Format => "plain-text";

    public bool CanRead(SourceFile file)
    {
        if (file.Extension is not (".txt" or ".text" or ""))
        {
            return false;
        }
        var blocks = TextBlock.Split(file.Text, maxBlocks: 2);
        return blocks.Count >= 2 && TrySourceLine(blocks[1], out _, out _);
    }

    public DraftTranscript Read(SourceFile file)
    {
        var blocks = TextBlock.Split(file.Text);
        if (blocks.Count == 0)
        {
            throw new ImportException(1, "the file is empty.");
        }
        var title = blocks[0].Text;
        if (blocks.Count < 2 || !TrySourceLine(blocks[1], out var source, out var dateText))
        {
            throw new ImportException(blocks.Count < 2 ? blocks[0].Line + 1 : blocks[1].Line,
                "expected a line 'Source | Date' (for example 'President of Russia | July 10, 2014') after the title.");
        }
        if (!DateParser.TryParse(dateText, out var date))
        {
            throw new ImportException(blocks[1].Line, $"'{dateText}' is not a real date; write it as 'July 10, 2014', '10 July 2014' or '2014-07-10'.");
        }
        var (sourceUrl, collection) = OriginLines(blocks[1]);

        var removals = new List<string>();
        var warnings = new List<string>();
        var body = blocks.Skip(2).ToList();
        var tailStart = CommentFormBoilerplate.FindStart(body, 0);
        if (tailStart >= 0)
        {
            foreach (var block in body.Skip(tailStart))
            {
                var rule = CommentFormBoilerplate.IsKnown(block) ? "comment-form" : "comment-section";
                removals.Add($"{file.RelativePath}:{block.Line}: removed ({rule}): {Shorten(block.Text)}");
                if (rule == "comment-section")
                {
                    warnings.Add($"{file.RelativePath}:{block.Line}: removed a block after the comment form opened that is not known boilerplate: {Shorten(block.Text)}");
                }
            }
            body = body[..tailStart];
        }

        string? summary = null;
        if (body.Count >= 2 && body[0].BlankLinesAfter >= 2)
        {
            summary = body[0].Text;
            body.RemoveAt(0);
        }
        string? venue = null;
        if (body.Count >= 2 && IsVenueLine(body[^1]) && body[^2].BlankLinesAfter >= 2)
        {
            venue = body[^1].Text;
            body.RemoveAt(body.Count - 1);
        }
        if (body.Count == 0)
        {
            throw new ImportException(blocks[1].Line + 1, tailStart >= 0
                ? "the file holds no paragraphs, only a title, a date and blog boilerplate."
                : "the file holds no paragraphs after the 'Source | Date' line.");
        }

        var paragraphs = SpeakerTurns.Assign(body.Select(b => new RawParagraph(b.Text, KindOf(b.Text))));
        return new DraftTranscript
        {
            Title = title,
            Date = date,
            Source = source,
            Collection = collection,
            SourceUrl = sourceUrl,
            Venue = venue,
            Summary = summary,
            Paragraphs = paragraphs,
            Removals = removals,
            Warnings = warnings,
        };
    }

    private static bool TrySourceLine(TextBlock block, out string source, out string date)
    {
        source = date = string.Empty;
        // Only the block's first line: the lines under it may give the origin (OriginLines).
        var text = TextCleaner.Clean(block.Lines[0]);
        var bar = text.LastIndexOf('|');
        if (bar <= 0)
        {
            return false;
        }
        source = text[..bar].Trim();
        date = text[(bar + 1)..].Trim();
        return source.Length > 0 && DateParser.LooksLikeDate(date);
    }

    /// <summary>
    /// The lines under <c>Source | Date</c> in its block: <c>Source: https://…</c> (the original address) and
    /// <c>Collection: kremlin</c> (a known collection), each at most once. Without a Collection line the
    /// transcript is in the <c>local</c> collection.
    /// </summary>
    private static (string? Url, string Collection) OriginLines(TextBlock block)
    {
        string? url = null;
        string? collection = null;
        for (var i = 1; i < block.Lines.Count; i++)
        {
            var line = TextCleaner.Clean(block.Lines[i]);
            var number = block.Line + i;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? line[..colon].Trim() : string.Empty;
            var value = colon > 0 ? line[(colon + 1)..].Trim() : string.Empty;
            if (key.Equals("Source", StringComparison.OrdinalIgnoreCase) && url is null)
            {
                url = TranscriptOrigin.Url(value, number);
            }
            else if (key.Equals("Collection", StringComparison.OrdinalIgnoreCase) && collection is null)
            {
                collection = TranscriptOrigin.Collection(value, number);
            }
            else
            {
                throw new ImportException(number, $"expected 'Source: <web address>' or 'Collection: <id>' (each once) under the 'Source | Date' line, found '{line}'.");
            }
        }
        return (url, collection ?? CollectionInfo.LocalId);
    }

    /// <summary>A place name: one short line that does not end like a sentence.</summary>
    private static bool IsVenueLine(TextBlock block)
    {
        var text = block.Text;
        return block.Lines.Count == 1 && text.Length <= 100 && !text.EndsWith('.') && !text.EndsWith('?')
            && !text.EndsWith('!') && !text.EndsWith(':') && !text.EndsWith('"') && !text.EndsWith('\u201D');
    }

    /// <summary><c>* * *</c> (or <c>***</c>) between blocks is a section break; <c>&lt;…&gt;</c> marks words the source left out.</summary>
    private static ParagraphKind KindOf(string text) => text switch
    {
        "* * *" or "***" => ParagraphKind.SectionBreak,
        "<…>" or "<...>" or "[…]" or "[...]" => ParagraphKind.Cut,
        _ => ParagraphKind.Text,
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
