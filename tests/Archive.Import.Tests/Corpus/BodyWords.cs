using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Archive.Import.Readers;

namespace Archive.Import.Tests.Corpus;

/// <summary>
/// The words of a page's body, found without the reader's code: every text node of <c>.entry-content</c> outside
/// <c>.masha-ignore</c>, with a space at each block boundary and <c>&lt;br&gt;</c>, normalised as the importer
/// normalises text, then split into runs of letters and digits (so punctuation such as a label's colon does not count).
/// </summary>
internal static partial class BodyWords
{
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "strong", "i", "em", "u", "s", "sup", "sub", "span", "small", "big", "font", "cite", "q", "mark", "time", "code", "del", "ins",
    };

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public static string TextOf(IElement body)
    {
        var sb = new StringBuilder();
        Append(body, sb);
        return TextCleaner.Clean(sb.ToString());
    }

    public static IEnumerable<string> Split(string? text) =>
        text is null ? [] : Word().Matches(TextCleaner.Clean(text)).Select(m => m.Value);

    private static void Append(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement element when element.ClassList.Contains("masha-ignore") || element.LocalName is "script" or "style":
                    break;
                case IElement element:
                    var block = !Inline.Contains(element.LocalName);
                    if (block)
                    {
                        sb.Append(' ');
                    }
                    Append(element, sb);
                    if (block)
                    {
                        sb.Append(' ');
                    }
                    break;
                default:
                    break;
            }
        }
    }
}
