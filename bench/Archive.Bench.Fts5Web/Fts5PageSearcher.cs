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

    private readonly SqliteConnection _connection;
    private readonly Fts5Commands _commands;

    public Fts5PageSearcher(string path)
    {
        _connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        _connection.Open();
        _commands = new Fts5Commands(_connection);
    }

    public Fts5Results Search(BenchQuery query, int pageSize)
    {
        if (Fts5Index.Translate(query.Text).Length == 0)
        {
            return new Fts5Results(query.Text, 1, pageSize, false, 0, []);
        }
        var total = (long)_commands.For($"SELECT count(*) FROM p WHERE {Fts5Commands.Where(query)}", query).ExecuteScalar()!;
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
        var command = _commands.For($"SELECT rowid, id FROM p WHERE {Fts5Commands.Where(query)} ORDER BY rank LIMIT $limit", query);
        command.Parameters["$limit"].Value = window;
        var groups = new List<(string Id, List<long> Rows)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = 0;
        using var reader = command.ExecuteReader();
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
        // The row by its rowid within the match: FTS5 seeks to it, and snippet() needs the match.
        var shown = _commands.For("SELECT n, title, url, date, venue, snippet(p, 0, '<mark>', '</mark>', '…', 32) FROM p WHERE p MATCH $q AND rowid = $row", query);
        var hits = new List<Fts5Hit>(group.Rows.Count);
        string title = "", url = "", date = "";
        string? venue = null;
        foreach (var row in group.Rows)
        {
            shown.Parameters["$row"].Value = row;
            using var reader = shown.ExecuteReader();
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

    public void Dispose()
    {
        _commands.Dispose();
        _connection.Dispose();
    }
}
