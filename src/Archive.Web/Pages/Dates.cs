using System.Globalization;

namespace Archive.Web.Pages;

/// <summary>Dates as the pages print them. The invariant culture's month names are the English ones.</summary>
public static class Dates
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Long(DateOnly date) => date.ToString("MMMM d, yyyy", English);

    public static string MonthName(int month) => English.DateTimeFormat.GetMonthName(month);

    public static string MonthYear(int year, int month) => $"{MonthName(month)} {year}";
}
