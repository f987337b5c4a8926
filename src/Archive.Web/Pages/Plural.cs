using System.Globalization;

namespace Archive.Web.Pages;

public static class Plural
{
    /// <summary><c>1 transcript</c>, <c>2 transcripts</c>, <c>1,234 transcripts</c>.</summary>
    public static string Of(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
