using System.Net;
using Archive.Records;

namespace Archive.Web.Discovery;

/// <summary>
/// Real values from this archive for the API help's examples, so that each one works as pasted: the
/// page's Markdown writes <c>{{site}}</c>, <c>{{transcript}}</c>, <c>{{year}}</c>, <c>{{month}}</c>,
/// <c>{{day}}</c>, <c>{{venue}}</c>, <c>{{speaker}}</c>, <c>{{collection}}</c> and <c>{{word}}</c>, taken from the
/// newest transcript that has each.
/// </summary>
public static class ApiExamples
{
    public static IReadOnlyDictionary<string, string> Of(string site, IReadOnlyList<TranscriptSummary> newestFirst)
    {
        // Where the archive has none to show, the example says what goes there.
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["site"] = site,
            ["venue"] = "venue-slug-from-api-venues",
            ["speaker"] = "speaker-slug-from-api-speakers",
        };
        if (newestFirst.Count == 0)
        {
            return values;
        }
        var newest = newestFirst[0];
        values["transcript"] = newest.Id;
        values["year"] = newest.Date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture);
        values["month"] = newest.Date.ToString("yyyy/MM", System.Globalization.CultureInfo.InvariantCulture);
        values["day"] = newest.Date.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture);
        values["collection"] = newest.Collection;
        values["word"] = newest.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsLetter)]).ToLowerInvariant())
            .OrderByDescending(w => w.Length).First();
        if (newestFirst.FirstOrDefault(t => t.Venue is not null)?.Venue is { } venue)
        {
            values["venue"] = TranscriptIds.Slug(venue);
        }
        if (newestFirst.FirstOrDefault(t => t.Speakers.Count > 0)?.Speakers[0] is { } speaker)
        {
            values["speaker"] = TranscriptIds.Slug(speaker);
        }
        return values;
    }

    /// <summary>The rendered page with each <c>{{name}}</c> it has a value for replaced (HTML-encoded).</summary>
    public static string Fill(string html, IReadOnlyDictionary<string, string> values) =>
        values.Aggregate(html, (h, v) => h.Replace("{{" + v.Key + "}}", WebUtility.HtmlEncode(v.Value), StringComparison.Ordinal));
}
