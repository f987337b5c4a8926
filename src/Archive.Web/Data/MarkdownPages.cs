using System.Collections.Concurrent;
using Markdig;
using Markdig.Syntax;

namespace Archive.Web.Data;

/// <summary>The Markdown pages the importer copied (about, help), rendered once with Markdig and kept.</summary>
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
            if (!File.Exists(path))
            {
                return null;
            }
            var markdown = File.ReadAllText(path);
            var document = Markdown.Parse(markdown, Pipeline);
            var heading = document.OfType<HeadingBlock>().FirstOrDefault();
            var title = heading?.Inline?.FirstChild?.ToString() ?? n;
            return new RenderedPage(title, Markdown.ToHtml(document, Pipeline));
        });
    }
}
