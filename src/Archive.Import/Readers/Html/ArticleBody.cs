using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Archive.Import.Speakers;
using Archive.Records;

namespace Archive.Import.Readers.Html;

/// <summary>
/// The paragraphs of <c>.entry-content</c>, in order: every <c>&lt;p&gt;</c> and any words standing between blocks,
/// skipping <c>.masha-ignore</c> matter and pull quotes (logged). <c>* * *</c> becomes a section break,
/// <c>&lt;…&gt;</c> a cut; a bold label at the start of a paragraph (or a likely plain one) becomes its speaker.
/// </summary>
public static partial class ArticleBody
{
    [GeneratedRegex(@"^\*( ?\*){2,}$")]
    private static partial Regex SectionBreak();

    [GeneratedRegex(@"^<\s*(…|\.\.\.)\s*>$")]
    private static partial Regex Cut();

    public static List<ArticleParagraph> Read(IElement body, string path, List<string> removals, List<string> warnings)
    {
        var blocks = new List<BodyBlock>();
        Collect(body, null, blocks);
        blocks = DropPullQuotes(blocks, path, removals);

        var paragraphs = new List<ArticleParagraph>();
        ArticleParagraph? lone = null; // a label standing alone, waiting for the speech it opens
        foreach (var block in blocks)
        {
            var text = block.Inline.Text;
            if (text.Length == 0)
            {
                continue; // an empty <p> or a lone <br>: no words to keep
            }
            var kind = SectionBreak().IsMatch(text) ? ParagraphKind.SectionBreak : Cut().IsMatch(text) ? ParagraphKind.Cut : ParagraphKind.Text;
            var paragraph = kind == ParagraphKind.Text ? Label(block.Inline, block.Line, path, warnings) : new ArticleParagraph(new RawParagraph(text, kind), false, block.Line);
            if (lone is not null)
            {
                if (kind == ParagraphKind.Text && paragraph.Raw.Label is null && !paragraph.IsNarration)
                {
                    paragraph = paragraph with { Raw = new RawParagraph(Join(lone.Raw.Text, paragraph.Raw.Text), Label: lone.Raw.Label) };
                }
                else
                {
                    paragraphs.Add(Unlabel(lone));
                }
                lone = null;
            }
            if (paragraph.Raw.Label is not null && (paragraph.Raw.Text.Length == 0 || TranslationNote.IsMatch(paragraph.Raw.Text)))
            {
                lone = paragraph; // "<b>Hamid Ali Rao:</b>" or "<b>Christian Kern</b> <i>(retranslated)</i><b>:</b>" alone
                continue;
            }
            paragraphs.Add(paragraph);
        }
        if (lone is not null)
        {
            paragraphs.Add(Unlabel(lone));
        }
        return paragraphs;
    }

    private static ArticleParagraph Label(InlineText inline, int line, string path, List<string> warnings)
    {
        var text = inline.Text;
        var narration = inline.IsAllItalic;
        if (!narration && BoldLabel.Find(inline) is { } bold)
        {
            if (bold.Glued)
            {
                var glued = text[..Math.Min(text.Length, bold.Speaker.Length + 20)];
                warnings.Add($"{path}:{line}: the bold label '{bold.Speaker}' runs into the words after it ('{glued}'); they are read as label and text.");
            }
            return new ArticleParagraph(new RawParagraph(bold.Text, Label: bold.Speaker), false, line);
        }
        if (!narration && SpeakerLabels.TryParse(text, out var speaker, out var rest) && PlainLabel.IsLikely(speaker, rest))
        {
            // SpeakerLabels drops an aside such as "(retranslated)"; keep its words at the start of the text.
            var after = text[speaker.Length..].TrimStart();
            var aside = after.StartsWith('(') && after.IndexOf(')', StringComparison.Ordinal) is var close and > 0 ? after[..(close + 1)] : string.Empty;
            return new ArticleParagraph(new RawParagraph(Join(aside, rest), Label: speaker), false, line);
        }
        return new ArticleParagraph(new RawParagraph(text), narration, line);
    }

    /// <summary>A lone label with no speech after it is kept as the words it is.</summary>
    private static ArticleParagraph Unlabel(ArticleParagraph lone) =>
        lone with { Raw = new RawParagraph(Join(lone.Raw.Label + ":", lone.Raw.Text)) };

    private static string Join(string a, string b) => TextCleaner.Clean(a + " " + b);

    private static List<BodyBlock> DropPullQuotes(List<BodyBlock> blocks, string path, List<string> removals)
    {
        var quotes = blocks.Where(b => b.Quote is not null).GroupBy(b => b.Quote!).ToList();
        if (quotes.Count == 0)
        {
            return blocks;
        }
        var others = blocks.Where(b => b.Quote is null).Select(b => b.Inline.Text).ToList();
        var dropped = new HashSet<BodyBlock>();
        foreach (var quote in quotes)
        {
            var text = TextCleaner.Clean(string.Join(' ', quote.Select(b => b.Inline.Text)));
            if (text.Length > 0 && PullQuotes.IsRepeat(text, others))
            {
                removals.Add($"{path}:{quote.First().Line}: removed (pull-quote): {text}");
                dropped.UnionWith(quote);
            }
        }
        return blocks.Where(b => !dropped.Contains(b)).ToList();
    }

    /// <summary>Each block element is its own paragraph; inline content between blocks is gathered into one.</summary>
    private static void Collect(IElement container, IElement? quote, List<BodyBlock> blocks)
    {
        var run = new List<INode>();
        foreach (var node in container.ChildNodes)
        {
            if (node is not IElement element || !(KremlinMarkup.IsIgnored(element) || KremlinMarkup.IsBlock(element)))
            {
                run.Add(node);
                continue;
            }
            Flush(run, container, quote, blocks);
            if (KremlinMarkup.IsIgnored(element))
            {
                continue;
            }
            var inner = element.LocalName == "blockquote" ? element : quote;
            if (KremlinMarkup.IsParagraph(element) && !element.Children.Any(KremlinMarkup.IsBlock))
            {
                blocks.Add(new BodyBlock(InlineText.Of(element.ChildNodes), HtmlSource.LineOf(element), inner));
            }
            else
            {
                Collect(element, inner, blocks);
            }
        }
        Flush(run, container, quote, blocks);
    }

    private static void Flush(List<INode> run, IElement container, IElement? quote, List<BodyBlock> blocks)
    {
        if (run.Count == 0)
        {
            return;
        }
        var line = run.OfType<IElement>().Select(HtmlSource.LineOf).FirstOrDefault(HtmlSource.LineOf(container));
        blocks.Add(new BodyBlock(InlineText.Of(run), line, quote));
        run.Clear();
    }
}
