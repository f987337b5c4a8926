using System.Globalization;

namespace Archive.Import.Readers.Miller;

/// <summary>
/// A speech's page on millercenter.org, made from the file name. The files were saved from those pages and
/// first named after their address (<c>january-8-1790-first-annual-message-congress</c>); the corpus renamed
/// them to put the date first (<c>1790-01-08-first-annual-message-congress.txt</c>). Turning the date back
/// gives the address: the month's English name in lower case, the day without a leading zero, the year,
/// then the slug as it is (a <c>-0</c>, the site's mark for a second page with the same address, kept).
/// Limit: the address is made, not read; a page the Miller Center has since renamed or removed is not known here.
/// </summary>
public static class MillerCenterUrl
{
    public const string Base = "https://millercenter.org/the-presidency/presidential-speeches/";

    /// <summary>The address for a page name (<c>yyyy-mm-dd-slug</c>, no extension) whose date is <paramref name="date"/>.</summary>
    public static string For(DateOnly date, string pageName)
    {
        var slug = pageName[11..]; // after "yyyy-mm-dd-"
        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month).ToLowerInvariant();
        return string.Create(CultureInfo.InvariantCulture, $"{Base}{month}-{date.Day}-{date.Year}-{slug}");
    }
}
