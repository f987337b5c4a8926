using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Import.Readers.Html;

/// <summary>Parses a page the way browsers do, keeping where each element starts so errors can name its line.</summary>
public static class HtmlSource
{
    private static readonly HtmlParserOptions Options = new() { IsKeepingSourceReferences = true };

    public static IHtmlDocument Parse(string html) => new HtmlParser(Options).ParseDocument(html);

    /// <summary>The 1-based line the element's start tag is on, or 1 when the parser made the element up.</summary>
    public static int LineOf(IElement element) => element.SourceReference?.Position.Line is > 0 and var line ? line : 1;
}
