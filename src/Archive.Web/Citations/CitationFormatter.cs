using System.Globalization;
using System.Text;
using Archive.Records;

namespace Archive.Web.Citations;

/// <summary>
/// Chicago (notes), APA (7th edition) and BibTeX citations of a transcript or a paragraph. Each
/// names the author and the publisher, and carries the exact quotation (for a paragraph), the
/// original address when there is one, the permalink and the date accessed. Plain text: the pages escape it.
/// </summary>
public static class CitationFormatter
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>
    /// A note: author, title, publisher, date, paragraph; then the original address with the
    /// archive's copy beside it, or, when the source gave none, the copy alone.
    /// </summary>
    public static string Chicago(CitedWork w)
    {
        var sb = new StringBuilder();
        if (w.Quotation is not null)
        {
            sb.Append('“').Append(w.Quotation).Append("” ");
        }
        sb.Append(w.Author.Full).Append(", ").Append(QuotedTitle(w.Title)).Append(' ');
        if (w.PublisherUnlessAuthor is { } publisher)
        {
            sb.Append(publisher).Append(", ");
        }
        sb.Append(Long(w.Date));
        if (w.Paragraph is { } n)
        {
            sb.Append(", para. ").Append(n.ToString(English));
        }
        if (w.SourceUrl is { } original)
        {
            sb.Append(", ").Append(original).Append(" (archived copy accessed ").Append(Long(w.Accessed)).Append(", ").Append(w.Permalink).Append(").");
        }
        else
        {
            sb.Append(", accessed ").Append(Long(w.Accessed)).Append(", ").Append(w.Permalink).Append('.');
        }
        return sb.ToString();
    }

    /// <summary>A reference list entry (and, for a paragraph, the quotation with its in-text citation first).</summary>
    public static string Apa(CitedWork w)
    {
        var sb = new StringBuilder();
        if (w.Quotation is not null)
        {
            sb.Append('“').Append(w.Quotation).Append("” (").Append(w.Author.Short).Append(", ").Append(w.Date.Year.ToString(English));
            if (w.Paragraph is { } n)
            {
                sb.Append(", para. ").Append(n.ToString(English));
            }
            sb.Append(")\n\n");
        }
        sb.Append(EndSentence(w.Author.Inverted)).Append(" (").Append(w.Date.ToString("yyyy, MMMM d", English)).Append("). ")
          .Append(w.Title.TrimEnd('.')).Append(" [Transcript].");
        if (w.PublisherUnlessAuthor is { } publisher)
        {
            sb.Append(' ').Append(EndSentence(publisher));
        }
        if (w.SourceUrl is { } original)
        {
            // APA puts nothing after a URL but a parenthesis: the copy goes in one.
            sb.Append(' ').Append(original).Append(" (archived copy retrieved ").Append(Long(w.Accessed)).Append(", from ").Append(w.Permalink).Append(')');
        }
        else
        {
            sb.Append(" Retrieved ").Append(Long(w.Accessed)).Append(", from ").Append(w.Permalink);
        }
        return sb.ToString();
    }

    /// <summary>
    /// A <c>@misc</c> entry. Its <c>url</c> is the archive's permalink, the address that was
    /// accessed on <c>urldate</c> (and that points at the paragraph); the original is in <c>note</c>.
    /// </summary>
    public static string BibTex(CitedWork w)
    {
        var author = w.Author.IsPerson ? Escape(w.Author.Full) : "{" + Escape(w.Author.Full) + "}";
        var fields = new List<(string Name, string Value)>
        {
            ("author", "{" + author + "}"),
            ("title", "{" + Escape(w.Title) + "}"),
        };
        if (w.Publisher is { Length: > 0 } publisher)
        {
            fields.Add(("howpublished", "{" + Escape(publisher) + "}"));
        }
        fields.Add(("date", "{" + w.Date.ToString("yyyy-MM-dd", English) + "}"));
        fields.Add(("year", "{" + w.Date.Year.ToString(English) + "}"));
        fields.Add(("month", w.Date.ToString("MMM", English).ToLowerInvariant()));
        var notes = new List<string>();
        if (w.Paragraph is { } n)
        {
            notes.Add("Paragraph " + n.ToString(English) + (w.Quotation is null ? "" : ": ``" + Escape(w.Quotation) + "''"));
        }
        if (w.SourceUrl is { } original)
        {
            notes.Add(@"original at \url{" + original + "}");
        }
        if (notes.Count > 0)
        {
            // A semicolon: the quotation ends in its own full stop.
            var note = string.Join("; ", notes);
            fields.Add(("note", "{" + char.ToUpperInvariant(note[0]) + note[1..] + "}"));
        }
        fields.Add(("url", "{" + w.Permalink + "}"));
        fields.Add(("urldate", "{" + w.Accessed.ToString("yyyy-MM-dd", English) + "}"));
        var width = fields.Max(f => f.Name.Length);
        var sb = new StringBuilder("@misc{").Append(Key(w)).Append(",\n");
        sb.AppendJoin(",\n", fields.Select(f => "  " + f.Name.PadRight(width) + " = " + f.Value));
        return sb.Append("\n}").ToString();
    }

    /// <summary><c>putin2014meeting-p3</c>: surname (or body), year, first word of the title, paragraph.</summary>
    public static string Key(CitedWork w)
    {
        var who = TranscriptIds.Slug(w.Author.Short).Split('-')[0];
        var what = TranscriptIds.Slug(w.Title).Split('-').FirstOrDefault(s => s.Length > 3) ?? "transcript";
        return who + w.Date.Year.ToString(English) + what + (w.Paragraph is { } n ? "-p" + n.ToString(English) : "");
    }

    private static string Long(DateOnly d) => d.ToString("MMMM d, yyyy", English);

    /// <summary>Chicago puts the comma inside the quotation marks, unless the title ends in its own mark.</summary>
    private static string QuotedTitle(string title) =>
        "“" + title + (title.EndsWith('?') || title.EndsWith('!') ? "”" : ",”");

    private static string EndSentence(string s) => s.EndsWith('.') || s.EndsWith('?') || s.EndsWith('!') ? s : s + ".";

    private static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
