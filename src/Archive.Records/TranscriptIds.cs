using System.Globalization;
using System.Text;

namespace Archive.Records;

/// <summary>Ids and URLs: lower-case, ASCII, permanent. An id is the date and a slug of the title.</summary>
public static class TranscriptIds
{
    private const int MaxSlugLength = 80;

    public static string Slug(string title)
    {
        var folded = title.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }
                pendingHyphen = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }
        var slug = sb.ToString();
        if (slug.Length > MaxSlugLength)
        {
            var cut = slug.LastIndexOf('-', MaxSlugLength);
            slug = slug[..(cut > 20 ? cut : MaxSlugLength)];
        }
        return slug.Length == 0 ? "transcript" : slug;
    }

    public static string Id(DateOnly date, string slug) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + slug;

    /// <summary>The site-relative URL of a transcript: <c>/yyyy/mm/dd/slug</c>.</summary>
    public static string Url(DateOnly date, string slug) =>
        "/" + date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture) + "/" + slug;
}
