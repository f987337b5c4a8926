namespace Archive.Bench.Search;

/// <summary>Nearest-rank percentiles of latencies in milliseconds.</summary>
public static class Percentiles
{
    public static double Of(List<double> sorted, double percent)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
