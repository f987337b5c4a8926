using System.Globalization;
using System.Text;
using Archive.Search;

namespace Archive.Web.Api;

/// <summary>
/// The search as it travels in a URL (<c>q</c>, <c>from</c>, <c>to</c>, <c>venue</c>, <c>speaker</c>,
/// <c>collection</c>, <c>sort</c>, <c>page</c>), shared by the page and its JSON twin so both read and link alike.
/// </summary>
public sealed record SearchParameters(string Query, int Page = 1, DateOnly? From = null, DateOnly? To = null,
    string? Venue = null, string? Speaker = null, SearchSort Sort = SearchSort.Relevance, string? Collection = null)
{
    public const int PageSize = 20;

    public bool HasFilters => From is not null || To is not null || Venue is not null || Speaker is not null || Collection is not null;

    /// <summary>Reads the query string; a date or order that cannot be read gives an error to show with a 400.</summary>
    public static SearchParameters Read(IQueryCollection query, out string? error)
    {
        error = null;
        var from = ReadDate(query["from"], end: false, ref error);
        var to = ReadDate(query["to"], end: true, ref error);
        var sort = SearchSort.Relevance;
        // By name only: Enum.TryParse would also take "99", a number no order has, and echo it back.
        if (NonEmpty(query["sort"]) is { } s)
        {
            if (Enum.GetNames<SearchSort>().FirstOrDefault(n => n.Equals(s, StringComparison.OrdinalIgnoreCase)) is { } name)
            {
                sort = Enum.Parse<SearchSort>(name);
            }
            else
            {
                error ??= $"The order '{s}' is not one of relevance, newest or oldest.";
            }
        }
        var page = 1;
        if (NonEmpty(query["page"]) is { } p && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            error ??= $"The page '{p}' is not a page number.";
            page = 1;
        }
        if (from > to)
        {
            error ??= "The first date comes after the last.";
        }
        return new SearchParameters(NonEmpty(query["q"]) ?? "", page, from, to, NonEmpty(query["venue"]), NonEmpty(query["speaker"]), sort,
            NonEmpty(query["collection"])?.ToLowerInvariant());
    }

    public SearchRequest ToRequest() => new(Query, Page, PageSize, From, To, Venue, Speaker, Sort, Collection);

    /// <summary>A link to this search with some parameters changed; the page goes back to 1 unless given.</summary>
    public string Link(string path = "/search", int page = 1) => path + "?" + QueryString(this with { Page = page });

    private static string QueryString(SearchParameters p)
    {
        var sb = new StringBuilder();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                sb.Append(sb.Length == 0 ? "" : "&").Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }
        Add("q", p.Query);
        Add("from", p.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", p.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("venue", p.Venue);
        Add("speaker", p.Speaker);
        Add("collection", p.Collection);
        Add("sort", p.Sort == SearchSort.Relevance ? null : p.Sort.ToString().ToLowerInvariant());
        Add("page", p.Page == 1 ? null : p.Page.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>A date as <c>yyyy-MM-dd</c>, or a bare year: the first of it for <c>from</c>, the last for <c>to</c>.</summary>
    private static DateOnly? ReadDate(string? text, bool end, ref string? error)
    {
        if (NonEmpty(text) is not { } t)
        {
            return null;
        }
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            return end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }
        error ??= $"The date '{t}' is not a date: write it as 2014-07-10, or just the year.";
        return null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
