using System.Text;
using AngleSharp.Dom;

namespace Archive.Import.Readers.Html;

/// <summary>
/// A paragraph's words as a browser shows them, with the style of every character, so a speaker label
/// can be found by its bold type even when the page splits it across tags (<c>&lt;b&gt;Vladimir&lt;/b&gt;&lt;b&gt; Putin&lt;/b&gt;:</c>).
/// Inline tags add no spaces (<c>21&lt;sup&gt;st&lt;/sup&gt;</c> stays one word); <c>&lt;br&gt;</c> is a soft line break.
/// </summary>
public sealed class InlineText
{
    private readonly StringBuilder _text = new();
    private readonly List<InlineStyle> _styles = [];
    private string _raw = string.Empty;
    private string? _clean;

    private InlineText()
    {
    }

    /// <summary>The characters as written, white space not yet normalised.</summary>
    public string Raw => _raw;

    public int Length => _raw.Length;

    public char this[int index] => _raw[index];

    public InlineStyle StyleAt(int index) => _styles[index];

    /// <summary>The words with white space normalised.</summary>
    public string Text => _clean ??= TextCleaner.Clean(_raw);

    /// <summary>Whether every visible character is italic: the kremlin pages set narration and stage directions that way.</summary>
    public bool IsAllItalic
    {
        get
        {
            var any = false;
            for (var i = 0; i < _raw.Length; i++)
            {
                if (!char.IsWhiteSpace(_raw[i]))
                {
                    any = true;
                    if ((_styles[i] & InlineStyle.Italic) == 0)
                    {
                        return false;
                    }
                }
            }
            return any;
        }
    }

    public static InlineText Of(IEnumerable<INode> nodes)
    {
        var inline = new InlineText();
        foreach (var node in nodes)
        {
            inline.Append(node, InlineStyle.None);
        }
        inline._raw = inline._text.ToString();
        return inline;
    }

    private void Append(INode node, InlineStyle style)
    {
        switch (node)
        {
            case IText text:
                _text.Append(text.Data);
                for (var i = 0; i < text.Data.Length; i++)
                {
                    _styles.Add(style);
                }
                break;
            case IElement element when KremlinMarkup.IsIgnored(element):
                break;
            case IElement { LocalName: "br" }:
                _text.Append('\n');
                _styles.Add(style);
                break;
            case IElement element:
                var inner = style | element.LocalName switch
                {
                    "b" or "strong" => InlineStyle.Bold,
                    "i" or "em" => InlineStyle.Italic,
                    _ => InlineStyle.None,
                };
                foreach (var child in element.ChildNodes)
                {
                    Append(child, inner);
                }
                break;
            default:
                break; // comments and processing instructions hold no words
        }
    }
}
