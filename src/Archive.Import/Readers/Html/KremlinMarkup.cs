using AngleSharp.Dom;

namespace Archive.Import.Readers.Html;

/// <summary>The en.kremlin.ru page's own class names and tags, in one place.</summary>
public static class KremlinMarkup
{
    public const string Title = "h1.entry-title";
    public const string Lead = ".read__lead";
    /// <summary>The date of the event; <see cref="StatusDate"/> stands in on announcements, which have none.</summary>
    public const string PublishedDate = ".read__meta time.read__published[datetime], .read__meta time[datetime]";
    public const string StatusDate = ".read__status time[datetime]";
    public const string Announcement = ".announce_date";
    public const string Time = ".read__time";
    public const string Place = ".read__place";
    public const string Body = ".entry-content";
    /// <summary>The page's address on en.kremlin.ru. The mirror rewrote <c>rel=canonical</c> to a local file name; this it left alone.</summary>
    public const string OriginalUrl = "meta[property='og:url'][content]";

    /// <summary>The site's marker for matter that is not the article: photo sliders, tooltips, tags, publication status.</summary>
    public const string IgnoredClass = "masha-ignore";

    /// <summary>Elements whose content never holds the article's words.</summary>
    public static bool IsIgnored(IElement element) =>
        element.ClassList.Contains(IgnoredClass) || element.LocalName is "script" or "style" or "template" or "noscript";

    /// <summary>Block elements that hold one paragraph's words.</summary>
    public static bool IsParagraph(IElement element) => element.LocalName is
        "p" or "li" or "dt" or "dd" or "pre" or "caption" or "figcaption" or "address" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>Elements that start a new block (and so a new paragraph) rather than running inline.</summary>
    public static bool IsBlock(IElement element) => element.LocalName is
        "p" or "div" or "blockquote" or "section" or "article" or "aside" or "header" or "footer" or "figure" or "figcaption"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "li" or "dl" or "dt" or "dd"
        or "table" or "thead" or "tbody" or "tfoot" or "tr" or "td" or "th" or "caption" or "pre" or "hr" or "address";
}
