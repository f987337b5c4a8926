using Archive.Web.Data;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Web.Downloads;

/// <summary>
/// docs/record-format.md, embedded in the site's assembly at build time (Archive.Web.csproj) and
/// rendered once: the repository's document is the one source, and the site shows the version it
/// was built with. Links to other documents of the repository, which the site does not serve,
/// become plain text; links within the page and to the web stay links.
/// </summary>
public static class RecordFormatDocument
{
    public const string ResourceName = "record-format.md";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private static readonly Lazy<RenderedPage> Rendered = new(Render);

    public static RenderedPage Page => Rendered.Value;

    private static RenderedPage Render()
    {
        using var stream = typeof(RecordFormatDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the site: see Archive.Web.csproj.");
        using var reader = new StreamReader(stream);
        var document = Markdown.Parse(reader.ReadToEnd(), Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !l.IsImage && !Served(l.Url)).ToList())
        {
            Unwrap(link);
        }
        var heading = document.OfType<HeadingBlock>().FirstOrDefault();
        var title = heading?.Inline?.FirstChild?.ToString() ?? "Record format";
        return new RenderedPage(title, Markdown.ToHtml(document, Pipeline), "The record format of the archive's bulk downloads: every field of a transcript record, the catalog and the manifest.");
    }

    private static bool Served(string? url) =>
        url is not null && (url.StartsWith('#') || url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal));

    /// <summary>Puts the link's text where the link was.</summary>
    private static void Unwrap(LinkInline link)
    {
        var children = link.ToList();
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }
        link.Remove();
    }
}
