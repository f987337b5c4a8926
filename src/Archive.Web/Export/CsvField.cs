using System.Text;

namespace Archive.Web.Export;

/// <summary>
/// One field of a CSV row as RFC 4180 writes it: quoted when it holds a comma, a double quote, a
/// carriage return or a line feed (or starts or ends with a space, which some readers trim), with each
/// double quote doubled. A text field that a spreadsheet would read as a formula — starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return — gets a leading apostrophe
/// first (OWASP's advice against CSV injection), so opening an export never runs what a transcript
/// says; the JSON Lines export keeps every text exactly as written.
/// </summary>
public static class CsvField
{
    public static void Append(StringBuilder row, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0 && value[0] != ' ' && value[^1] != ' ')
        {
            row.Append(value);
            return;
        }
        row.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>A whole row, fields separated by commas and ended by CRLF, as RFC 4180 has it.</summary>
    public static string Row(params ReadOnlySpan<string?> fields)
    {
        var row = new StringBuilder(256);
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                row.Append(',');
            }
            Append(row, fields[i]);
        }
        return row.Append("\r\n").ToString();
    }
}
