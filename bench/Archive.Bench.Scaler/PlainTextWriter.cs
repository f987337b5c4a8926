using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Bench.Scaler;

/// <summary>
/// Writes a transcript in the seed's plain-text shape (docs/import-rules.md): title, <c>Source | Date</c>,
/// an optional summary followed by two blank lines, paragraphs, and an optional venue set off by two blank lines.
/// </summary>
public static partial class PlainTextWriter
{
    // A paragraph that would read as a blog's comment form would cut the file short; such lines are left out.
    [GeneratedRegex(@"^(Leave a comment|Leave a Reply|Share this:|Like this:|\d+ (comments?|responses?)( to .*)?|No comments yet\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentFormOpening();

    /// <summary>Whether the importer will take this paragraph as one (empty text and comment-form lines are not).</summary>
    public static bool Keeps(SourceParagraph paragraph) =>
        paragraph.Text.Length > 0 && !CommentFormOpening().IsMatch(paragraph.Text);

    public static string Write(string title, DateOnly date, string source, string? summary, string? venue, IReadOnlyList<SourceParagraph> paragraphs)
    {
        var sb = new StringBuilder();
        sb.Append(OneLine(title)).Append("\n\n");
        sb.Append(OneLine(source)).Append(" | ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\n\n");
        // A summary or venue only counts as one beside at least one more paragraph; otherwise it would become a paragraph.
        if (summary is not null && paragraphs.Count >= 2)
        {
            sb.Append(OneLine(summary)).Append("\n\n\n");
        }
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0)
            {
                sb.Append("\n\n");
            }
            var p = paragraphs[i];
            if (p.Speaker is not null)
            {
                sb.Append(OneLine(p.Speaker)).Append(": ");
            }
            sb.Append(OneLine(p.Text));
        }
        sb.Append('\n');
        if (venue is not null && IsVenueLine(OneLine(venue)))
        {
            sb.Append("\n\n").Append(OneLine(venue)).Append('\n');
        }
        return sb.ToString();
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static bool IsVenueLine(string text) =>
        text.Length is > 0 and <= 100 && !text.EndsWith('.') && !text.EndsWith('?') && !text.EndsWith('!')
        && !text.EndsWith(':') && !text.EndsWith('"') && !text.EndsWith('\u201D');
}
