using System.Globalization;

namespace Archive.Import.Readers;

/// <summary>Dates as transcripts write them: <c>July 10, 2014</c>, <c>10 July 2014</c>, <c>2014-07-10</c>.</summary>
public static class DateParser
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "MMMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy", "d MMMM, yyyy", "MMM d, yyyy", "d MMM yyyy", "MMM. d, yyyy",
    ];

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(TextCleaner.Clean(text), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);

    /// <summary>Whether the text has the shape of a date even if it is not a real one (<c>February 30, 2014</c>).</summary>
    public static bool LooksLikeDate(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(TextCleaner.Clean(text),
            @"^(\d{4}-\d{1,2}-\d{1,2}|[A-Za-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Za-z]+,? \d{4})$");
}
