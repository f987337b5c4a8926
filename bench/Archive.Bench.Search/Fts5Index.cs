using System.Diagnostics;
using System.Globalization;
using System.Text;
using Archive.Records;
using Microsoft.Data.Sqlite;

namespace Archive.Bench.Search;

/// <summary>
/// The comparator: SQLite FTS5 over the same paragraphs (porter stemming on unicode61 words), ranked by bm25,
/// answering the top 20 with a highlighted snippet as the archive's searcher does.
/// </summary>
public sealed class Fts5Index : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Fts5Commands _commands;

    private Fts5Index(string path)
    {
        _connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        _connection.Open();
        _commands = new Fts5Commands(_connection);
    }

    /// <summary>Opens the database at <paramref name="path"/>, building it from the records first if it is not there.</summary>
    public static Fts5Index Open(string path, string dataDir, TextWriter log)
    {
        if (!File.Exists(path))
        {
            Build(path, dataDir, log);
        }
        return new Fts5Index(path);
    }

    public int Search(BenchQuery query)
    {
        var rows = 0;
        using var reader = _commands.For($"SELECT id, n, date, snippet(p, 0, '<mark>', '</mark>', '…', 32) FROM p WHERE {Fts5Commands.Where(query)} ORDER BY rank LIMIT 20", query).ExecuteReader();
        while (reader.Read())
        {
            _ = reader.GetString(3);
            rows++;
        }
        return rows;
    }

    public long Count(BenchQuery query) => (long)_commands.For($"SELECT count(*) FROM p WHERE {Fts5Commands.Where(query)}", query).ExecuteScalar()!;

    /// <summary>The same query in FTS5's syntax: every loose word and every quoted phrase must match.</summary>
    public static string Translate(string text)
    {
        var parts = new List<string>();
        var quoted = text.Split('"');
        for (var i = 0; i < quoted.Length; i++)
        {
            var words = Words(quoted[i]);
            if (i % 2 == 1 && words.Count > 0)
            {
                parts.Add("\"" + string.Join(' ', words) + "\"");
            }
            else
            {
                parts.AddRange(words.Select(w => "\"" + w + "\""));
            }
        }
        return string.Join(' ', parts);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }
        return words;
    }

    private static void Build(string path, string dataDir, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var building = path + ".building";
        File.Delete(building);
        long paragraphs = 0;
        using (var connection = new SqliteConnection($"Data Source={building};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
            Execute(connection, "CREATE VIRTUAL TABLE p USING fts5(text, id UNINDEXED, n UNINDEXED, date UNINDEXED, venue UNINDEXED, title UNINDEXED, url UNINDEXED, tokenize = 'porter unicode61');");
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO p(text, id, n, date, venue, title, url) VALUES ($text, $id, $n, $date, $venue, $title, $url)";
            var parameters = new[] { "$text", "$id", "$n", "$date", "$venue", "$title", "$url" }.Select(n => insert.Parameters.Add(new SqliteParameter(n, DBNull.Value))).ToArray();
            insert.Prepare();
            foreach (var record in RecordsFile.ReadAll(dataDir))
            {
                foreach (var paragraph in record.Paragraphs.Where(p => p.Kind == ParagraphKind.Text))
                {
                    parameters[0].Value = paragraph.Text;
                    parameters[1].Value = record.Id;
                    parameters[2].Value = paragraph.N;
                    parameters[3].Value = record.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    parameters[4].Value = (object?)record.Venue ?? DBNull.Value;
                    parameters[5].Value = record.Title;
                    parameters[6].Value = record.Url;
                    insert.ExecuteNonQuery();
                    paragraphs++;
                }
            }
            Execute(connection, "INSERT INTO p(p) VALUES('optimize');");
            transaction.Commit();
        }
        File.Move(building, path);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built the FTS5 comparator: {paragraphs} paragraphs in {clock.Elapsed.TotalSeconds:F1} s, {new FileInfo(path).Length / 1048576.0:F0} MB ({path})"));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _commands.Dispose();
        _connection.Dispose();
    }
}
