using Archive.Records;
using Archive.Web.Data;
using Archive.Web.Pages;

namespace Archive.Web.Discovery;

/// <summary>
/// The meta description of each kind of page: one or two sentences a search engine can show under the
/// title, saying what the page holds (with its counts), not what the site is.
/// </summary>
public static class PageDescriptions
{
    public const string Site = "Speech transcripts, searchable to the paragraph: find a quotation, then link to or cite the paragraph that holds it.";

    public static string Home(int transcripts, int paragraphs) =>
        $"{Plural.Of(transcripts, "speech transcript")} in {Plural.Of(paragraphs, "paragraph")}, searchable to the paragraph: find a quotation, then link to or cite the paragraph that holds it.";

    public static string Search(string query, int? paragraphs) => query.Length == 0
        ? "Search the speech transcripts for words or a quotation, and land on the paragraph that holds it."
        : ShareCard.Clip(paragraphs is { } n
            ? $"{Plural.Of(n, "paragraph")} of speech transcripts matching “{query}”, each linked to its place in its transcript."
            : $"Search of the speech transcripts for “{query}”.", 300);

    public static string Years(int transcripts, IReadOnlyList<PeriodCount> years) => years.Count == 0
        ? "The speech transcripts by year and month."
        : $"{Plural.Of(transcripts, "speech transcript")} by year and month, from {years[^1].Key} to {years[0].Key}.";

    public static string Year(int year, int transcripts) =>
        $"{Plural.Of(transcripts, "speech transcript")} of {year}, month by month, with a calendar of the days that have transcripts.";

    public static string Month(int year, int month, int transcripts) =>
        $"{Plural.Of(transcripts, "speech transcript")} of {Dates.MonthYear(year, month)}, day by day.";

    public static string Day(DateOnly day, IReadOnlyList<TranscriptSummary> transcripts) =>
        ShareCard.Clip($"{Plural.Of(transcripts.Count, "speech transcript")} of {Dates.Long(day)}: {string.Join("; ", transcripts.Select(t => t.Title))}.", 300);

    public static string Venues(int venues) =>
        $"The {Plural.Of(venues, "place")} where the archive's speeches were given, each with its number of transcripts.";

    public static string Venue(Facet venue) =>
        $"{Plural.Of(venue.Transcripts.Count, "speech transcript")} given at {venue.Name}{Span(venue)}, newest first.";

    public static string Speakers(int speakers) =>
        $"The {Plural.Of(speakers, "speaker")} of the archive's transcripts, each with the number of transcripts in which they speak.";

    public static string Speaker(Facet speaker) =>
        $"{Plural.Of(speaker.Transcripts.Count, "speech transcript")} in which {speaker.Name} speaks{Span(speaker)}, newest first.";

    /// <summary>", from 2012 to 2020": the years of a facet's transcripts (they are newest first).</summary>
    private static string Span(Facet facet)
    {
        var (first, last) = (facet.Transcripts[^1].Date.Year, facet.Transcripts[0].Date.Year);
        return first == last ? $", in {first}" : $", from {first} to {last}";
    }
}
