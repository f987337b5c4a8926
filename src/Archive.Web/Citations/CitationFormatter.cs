using System.Globalization;
using System.Text;
using Archive.Records;

namespace Archive.Web.Citations;

/// <summary>
/// Chicago (notes), APA (7th edition) and BibTeX citations of a transcript or a paragraph. Each
/// carries the exact quotation (for a paragraph), the permalink and the date accessed. Plain text:
/// the pages escape it.
/// </summary>
public static class CitationFormatter
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Chicago(CitedWork w)
    {
        var sb = new StringBuilder();
        if (w.Quotation is not null)
        {
            sb.Append('“').Append(w.Quotation).Append("” ");
        }
        sb.Append(w.Author.Full).Append(", ").Append(QuotedTitle(w.Title)).Append(' ');
        if (w.Author.Full != w.Source)
        {
            sb.Append(w.Source).Append(", ");
        }
        sb.Append(Long(w.Date));
        if (w.Paragraph is { } n)
        {
            sb.Append(", para. ").Append(n.ToString(English));
        }
        sb.Append(", accessed ").Append(Long(w.Accessed)).Append(", ").Append(w.Permalink).Append('.');
        return sb.ToString();
    }

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
        if (w.Author.Full != w.Source)
        {
            sb.Append(' ').Append(EndSentence(w.Source));
        }
        sb.Append(" Retrieved ").Append(Long(w.Accessed)).Append(", from ").Append(w.Permalink);
        return sb.ToString();
    }

    public static string BibTex(CitedWork w)
    {
        var author = w.Author.IsPerson ? Escape(w.Author.Full) : "{" + Escape(w.Author.Full) + "}";
        var fields = new List<(string Name, string Value)>
        {
            ("author", "{" + author + "}"),
            ("title", "{" + Escape(w.Title) + "}"),
            ("howpublished", "{" + Escape(w.Source) + "}"),
            ("date", "{" + w.Date.ToString("yyyy-MM-dd", English) + "}"),
            ("year", "{" + w.Date.Year.ToString(English) + "}"),
            ("month", w.Date.ToString("MMM", English).ToLowerInvariant()),
        };
        if (w.Paragraph is { } n)
        {
            var note = "Paragraph " + n.ToString(English) + (w.Quotation is null ? "" : ": ``" + Escape(w.Quotation) + "''");
            fields.Add(("note", "{" + note + "}"));
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
