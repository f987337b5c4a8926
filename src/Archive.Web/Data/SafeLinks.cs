using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Web.Data;

/// <summary>
/// Links a Markdown page may keep: http, https, mailto and relative ones. Any other scheme
/// (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>) is unlinked, its text kept; an image from one is dropped.
/// </summary>
public static class SafeLinks
{
    private static readonly string[] Schemes = ["http", "https", "mailto"];

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }
        // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so the check does too.
        var plain = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        var colon = plain.IndexOf(':', StringComparison.Ordinal);
        var firstOther = plain.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstOther >= 0 && firstOther < colon))
        {
            // No scheme: a relative link (a colon after the first / ? or # is part of the path or query).
            return true;
        }
        var scheme = plain[..colon];
        return Schemes.Any(s => s.Equals(scheme, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Replaces every link to a URL not allowed by its text (and drops such an image).</summary>
    public static void Unlink(MarkdownDocument document)
    {
        // Both found before either is changed: Markdig's walk of the inlines misses some once the tree has been edited.
        var links = document.Descendants<LinkInline>().Where(l => !IsAllowed(l.Url)).ToList();
        var autolinks = document.Descendants<AutolinkInline>().Where(l => !IsAllowed(l.Url)).ToList();
        foreach (var link in links)
        {
            if (!link.IsImage)
            {
                for (var child = link.FirstChild; child is not null;)
                {
                    var next = child.NextSibling;
                    child.Remove();
                    link.InsertBefore(child);
                    child = next;
                }
            }
            link.Remove();
        }
        foreach (var autolink in autolinks)
        {
            autolink.InsertBefore(new LiteralInline(autolink.Url));
            autolink.Remove();
        }
    }
}
