using Archive.Records;

namespace Archive.Web.Data;

/// <summary>
/// The days that have transcripts, with counts, over a catalog sorted newest first. A period's
/// transcripts are one contiguous run of that catalog, found by binary search, so no page walks
/// the whole catalog.
/// </summary>
public sealed class DateIndex
{
    private readonly IReadOnlyList<TranscriptSummary> _catalog;
    private readonly DateOnly[] _days;
    private readonly int[] _counts;

    public DateIndex(IReadOnlyList<TranscriptSummary> newestFirst)
    {
        _catalog = newestFirst;
        var days = new List<DateOnly>();
        var counts = new List<int>();
        for (var i = newestFirst.Count - 1; i >= 0; i--)
        {
            var d = newestFirst[i].Date;
            if (days.Count > 0 && days[^1] == d)
            {
                counts[^1]++;
            }
            else
            {
                days.Add(d);
                counts.Add(1);
            }
        }
        _days = [.. days];
        _counts = [.. counts];
        Years = [.. days.Select((d, i) => (d.Year, counts[i])).GroupBy(x => x.Year)
            .Select(g => new PeriodCount(g.Key, g.Sum(x => x.Item2))).OrderByDescending(y => y.Key)];
    }

    /// <summary>Years with transcripts, newest first, with counts.</summary>
    public IReadOnlyList<PeriodCount> Years { get; }

    /// <summary>Transcripts from <paramref name="first"/> to <paramref name="last"/>, both included, newest first.</summary>
    public IEnumerable<TranscriptSummary> Between(DateOnly first, DateOnly last)
    {
        var start = FirstAtOrBefore(last);
        var end = FirstAtOrBefore(first.AddDays(-1));
        for (var i = start; i < end; i++)
        {
            yield return _catalog[i];
        }
    }

    public int Count(DateOnly first, DateOnly last) => FirstAtOrBefore(first.AddDays(-1)) - FirstAtOrBefore(last);

    /// <summary>Days of one month with their counts, in order.</summary>
    public IReadOnlyList<PeriodCount> DaysOf(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var result = new List<PeriodCount>();
        for (var i = LowerBound(first); i < _days.Length && _days[i].Year == year && _days[i].Month == month; i++)
        {
            result.Add(new PeriodCount(_days[i].Day, _counts[i]));
        }
        return result;
    }

    /// <summary>Months of one year with their counts, in order.</summary>
    public IReadOnlyList<PeriodCount> MonthsOf(int year)
    {
        var result = new List<PeriodCount>();
        for (var i = LowerBound(new DateOnly(year, 1, 1)); i < _days.Length && _days[i].Year == year; i++)
        {
            if (result.Count > 0 && result[^1].Key == _days[i].Month)
            {
                result[^1] = result[^1] with { Count = result[^1].Count + _counts[i] };
            }
            else
            {
                result.Add(new PeriodCount(_days[i].Month, _counts[i]));
            }
        }
        return result;
    }

    /// <summary>The latest day with transcripts before <paramref name="day"/>, if any.</summary>
    public DateOnly? DayBefore(DateOnly day) => LowerBound(day) is var i && i > 0 ? _days[i - 1] : null;

    /// <summary>The earliest day with transcripts after <paramref name="day"/>, if any.</summary>
    public DateOnly? DayAfter(DateOnly day) => LowerBound(day.AddDays(1)) is var i && i < _days.Length ? _days[i] : null;

    /// <summary>Index of the first day at or after <paramref name="day"/> in the ascending day list.</summary>
    private int LowerBound(DateOnly day)
    {
        var i = Array.BinarySearch(_days, day);
        return i >= 0 ? i : ~i;
    }

    /// <summary>Index in the newest-first catalog of the first transcript dated on or before <paramref name="day"/>.</summary>
    private int FirstAtOrBefore(DateOnly day)
    {
        int lo = 0, hi = _catalog.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_catalog[mid].Date > day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
