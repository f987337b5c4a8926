using System.Text;
using Markdig.Syntax.Inlines;

namespace Archive.Import.Readers.Markdown;

/// <summary>The words of Markdown inlines as a reader sees them: emphasis and links give their text, line breaks a space.</summary>
public static class MarkdownInlineText
{
    public static string Of(IEnumerable<Inline> inlines)
    {
        var sb = new StringBuilder();
        foreach (var inline in inlines)
        {
            Append(sb, inline);
        }
        return TextCleaner.Clean(sb.ToString());
    }

    private static void Append(StringBuilder sb, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case HtmlInline html:
                sb.Append(html.Tag);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(sb, child);
                }
                break;
        }
    }
}
