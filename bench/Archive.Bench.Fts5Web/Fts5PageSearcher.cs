using Archive.Bench.Search;
using Microsoft.Data.Sqlite;

namespace Archive.Bench.Fts5Web;

/// <summary>
/// A page of results from the FTS5 table, made as the archive's searcher makes its page: the best
/// paragraphs by bm25 in a window of ten times the page, grouped by transcript in order of each one's
/// best paragraph (at most three paragraphs each), the window widened four times over while it holds
/// too few transcripts; the total number of matching paragraphs; and for every paragraph shown its
/// fields and a highlighted <c>snippet()</c>. One SQLite connection: one request at a time.
/// </summary>
public sealed class Fts5PageSearcher : IDisposable
{
    /// <summary>The archive's limits (TranscriptSearcher): three paragraphs a transcript, a window of at most 20,000.</summary>
    private const int HitsPerTranscript = 3;
    private const int MaxWindow = 20_000;

    private const string Filters = "p MATCH $q AND ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to) AND ($venue IS NULL OR venue = $venue)";

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _window;
    private readonly SqliteCommand _count;
    private readonly SqliteCommand _shown;

    public Fts5PageSearcher(string path)
    {
        _connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        _connection.Open();
        _window = Command($"SELECT rowid, id FROM p WHERE {Filters} ORDER BY rank LIMIT $limit", "$limit");
        _count = Command($"SELECT count(*) FROM p WHERE {Filters}");
        // The row by its rowid within the match: FTS5 seeks to it, and snippet() needs the match.
        _shown = Command("SELECT n, title, url, date, venue, snippet(p, 0, '<mark>', '</mark>', '…', 32) FROM p WHERE p MATCH $q AND rowid = $row", "$row");
    }

    public Fts5Results Search(BenchQuery query, int pageSize)
    {
        if (Fts5Index.Translate(query.Text).Length == 0)
        {
            return new Fts5Results(query.Text, 1, pageSize, false, 0, []);
        }
        Fts5Index.Bind(_count, query);
        var total = (long)_count.ExecuteScalar()!;
        var window = Math.Min(pageSize * 10, MaxWindow);
        var (groups, rows) = Group(query, window, pageSize);
        while (groups.Count <= pageSize && total > rows && window < MaxWindow)
        {
            window = Math.Min(window * 4, MaxWindow);
            (groups, rows) = Group(query, window, pageSize);
        }
        var shown = groups.Take(pageSize).Select(g => Show(query, g)).ToList();
        return new Fts5Results(query.Text, 1, pageSize, groups.Count > pageSize, total, shown);
    }

    /// <summary>The transcripts of the best <paramref name="window"/> paragraphs, best first, each with the rowids of its best three.</summary>
    private (List<(string Id, List<long> Rows)> Groups, int Rows) Group(BenchQuery query, int window, int pageSize)
    {
        Fts5Index.Bind(_window, query);
        _window.Parameters["$limit"].Value = window;
        var groups = new List<(string Id, List<long> Rows)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = 0;
        using var reader = _window.ExecuteReader();
        while (reader.Read())
        {
            rows++;
            var id = reader.GetString(1);
            if (!index.TryGetValue(id, out var at))
            {
                index[id] = at = groups.Count;
                groups.Add((id, new List<long>(HitsPerTranscript)));
            }
            // Transcripts past the page are counted (for "more"), their rows not kept, as the archive does.
            if (at < pageSize && groups[at].Rows.Count < HitsPerTranscript)
            {
                groups[at].Rows.Add(reader.GetInt64(0));
            }
        }
        return (groups, rows);
    }

    private Fts5Group Show(BenchQuery query, (string Id, List<long> Rows) group)
    {
        Fts5Index.Bind(_shown, query);
        var hits = new List<Fts5Hit>(group.Rows.Count);
        string title = "", url = "", date = "";
        string? venue = null;
        foreach (var row in group.Rows)
        {
            _shown.Parameters["$row"].Value = row;
            using var reader = _shown.ExecuteReader();
            if (!reader.Read())
            {
                continue;
            }
            if (hits.Count == 0)
            {
                title = reader.GetString(1);
                url = reader.GetString(2);
                date = reader.GetString(3);
                venue = reader.IsDBNull(4) ? null : reader.GetString(4);
            }
            hits.Add(new Fts5Hit(reader.GetInt32(0), reader.GetString(5)));
        }
        return new Fts5Group(group.Id, url, title, date, venue, hits);
    }

    private SqliteCommand Command(string sql, params string[] more)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in new[] { "$q", "$from", "$to", "$venue" }.Concat(more))
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }
        }
        command.Prepare();
        return command;
    }

    public void Dispose()
    {
        _window.Dispose();
        _count.Dispose();
        _shown.Dispose();
        _connection.Dispose();
    }
}
