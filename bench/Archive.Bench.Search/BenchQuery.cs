using System.Globalization;

namespace Archive.Bench.Search;

/// <summary>One line of bench/queries.tsv: a query class, the words as a person types them, and optional filters.</summary>
public sealed record BenchQuery(string Class, string Text, DateOnly? From, DateOnly? To, string? Venue)
{
    public static List<BenchQuery> Load(string path)
    {
        var queries = new List<BenchQuery>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split('\t');
            queries.Add(new BenchQuery(cells[0], cells[1], DateAt(cells, 2), DateAt(cells, 3), cells.Length > 4 && cells[4].Length > 0 ? cells[4] : null));
        }
        return queries;
    }

    private static DateOnly? DateAt(string[] cells, int i) =>
        cells.Length > i && cells[i].Length > 0 ? DateOnly.ParseExact(cells[i], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
