using System.Collections.Frozen;
using Archive.Web.BuiltInPages;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Caching.Memory;

namespace Archive.Web.Data;

/// <summary>
/// The Markdown pages the importer copied (about, help), or else the site's own (<see cref="BuiltInMarkdown"/>),
/// rendered with Markdig and kept. Raw HTML is shown as text and only http(s), mailto and relative links are
/// kept (<see cref="SafeLinks"/>): the pages are content, and content must not be able to put a script into the
/// site. Only the names of pages that exist are looked up and kept, in a cache bounded by bytes; any other name
/// is answered null and forgotten (each once took a cache entry, and the process grew with every unknown name).
/// </summary>
public sealed class MarkdownPages
{
    /// <summary>The help and about pages are a few kilobytes each; a larger folder is re-rendered as it is read.</summary>
    internal const long DefaultCachedBytes = 1L * 1024 * 1024;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly string _pagesDir;
    private readonly FrozenSet<string> _names;
    private readonly MemoryCache _rendered;

    public MarkdownPages(string pagesDir) : this(pagesDir, DefaultCachedBytes)
    {
    }

    internal MarkdownPages(string pagesDir, long cachedBytes)
    {
        _pagesDir = pagesDir;
        var own = Directory.Exists(pagesDir)
            ? Directory.EnumerateFiles(pagesDir, "*.md", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(pagesDir, file)[..^3].Replace(Path.DirectorySeparatorChar, '/'))
            : [];
        _names = own.Concat(BuiltInMarkdown.Names).Where(IsPageName).ToFrozenSet(StringComparer.Ordinal);
        _rendered = new MemoryCache(new MemoryCacheOptions { SizeLimit = cachedBytes, TrackStatistics = true });
    }

    /// <summary>Bytes of rendered pages held now.</summary>
    internal long CachedBytes => _rendered.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>The page at a path such as <c>about</c> or <c>help/search</c>, or null.</summary>
    public RenderedPage? Find(string name)
    {
        if (!_names.Contains(name))
        {
            return null;
        }
        return _rendered.GetOrCreate(name, entry =>
        {
            var page = Render(name);
            entry.Size = 2L * (page.Html.Length + page.Title.Length + page.Description.Length + name.Length);
            return page;
        });
    }

    private RenderedPage Render(string name)
    {
        var path = Path.Combine(_pagesDir, name + ".md");
        var markdown = File.Exists(path) ? File.ReadAllText(path) : BuiltInMarkdown.Read(name) ?? "";
        var document = Markdown.Parse(markdown, Pipeline);
        SafeLinks.Unlink(document);
        var heading = document.OfType<HeadingBlock>().FirstOrDefault();
        var title = heading?.Inline?.FirstChild?.ToString() ?? name;
        var lead = document.OfType<ParagraphBlock>().FirstOrDefault()?.Inline;
        using var writer = new StringWriter();
        // The rewriter is the last guard: any URL the renderer writes that is not allowed goes nowhere.
        var renderer = new HtmlRenderer(writer) { LinkRewriter = url => SafeLinks.IsAllowed(url) ? url : "#" };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedPage(title, writer.ToString(), lead is null ? title : PlainText(lead));
    }

    /// <summary>A paragraph's words without their markup: literal text and code, with line breaks as spaces.</summary>
    private static string PlainText(ContainerInline inline) => string.Concat(inline.Descendants<Inline>().Select(i => i switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        LineBreakInline => " ",
        _ => "",
    }));

    private static bool IsPageName(string name) =>
        name.Length > 0 && !name.Contains("..", StringComparison.Ordinal) && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '/');

    /// <summary>
    /// Frees the rendered pages. Not <see cref="IDisposable"/>: the site resolves this per request from the
    /// import being served, and the container would dispose it at the end of the first request.
    /// </summary>
    internal void Close() => _rendered.Dispose();
}
