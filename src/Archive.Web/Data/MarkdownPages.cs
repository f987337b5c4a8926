using System.Collections.Concurrent;
using Archive.Web.BuiltInPages;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Web.Data;

/// <summary>
/// The Markdown pages the importer copied (about, help), or else the site's own (<see cref="BuiltInMarkdown"/>),
/// rendered once with Markdig and kept.
/// </summary>
public sealed class MarkdownPages(string pagesDir)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private readonly ConcurrentDictionary<string, RenderedPage?> _rendered = new(StringComparer.Ordinal);

    /// <summary>The page at a path such as <c>about</c> or <c>help/search</c>, or null.</summary>
    public RenderedPage? Find(string name)
    {
        if (name.Length == 0 || name.Contains("..", StringComparison.Ordinal) || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '/'))
        {
            return null;
        }
        return _rendered.GetOrAdd(name, n =>
        {
            var path = Path.Combine(pagesDir, n + ".md");
            if ((File.Exists(path) ? File.ReadAllText(path) : BuiltInMarkdown.Read(n)) is not { } markdown)
            {
                return null;
            }
            var document = Markdown.Parse(markdown, Pipeline);
            var heading = document.OfType<HeadingBlock>().FirstOrDefault();
            var title = heading?.Inline?.FirstChild?.ToString() ?? n;
            var lead = document.OfType<ParagraphBlock>().FirstOrDefault()?.Inline;
            return new RenderedPage(title, Markdown.ToHtml(document, Pipeline), lead is null ? title : PlainText(lead));
        });
    }

    /// <summary>A paragraph's words without their markup: literal text and code, with line breaks as spaces.</summary>
    private static string PlainText(ContainerInline inline) => string.Concat(inline.Descendants<Inline>().Select(i => i switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        LineBreakInline => " ",
        _ => "",
    }));
}
