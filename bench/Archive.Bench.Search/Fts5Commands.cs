using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Archive.Bench.Search;

/// <summary>
/// Prepared FTS5 statements of one connection, one for each shape of query: the <c>WHERE</c> clause
/// names only the filters the query has. A clause such as <c>($from IS NULL OR date &gt;= $from)</c>
/// for an absent filter made a common word's top 200 by rank 2.5 times slower (13 against 33 ms at
/// 100,000 paragraphs), which was a handicap of the comparator's, not of FTS5's.
/// </summary>
public sealed class Fts5Commands(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    /// <summary>The match and the query's filters, for a <c>WHERE</c> clause.</summary>
    public static string Where(BenchQuery query) =>
        "p MATCH $q" + (query.From is null ? "" : " AND date >= $from") + (query.To is null ? "" : " AND date <= $to") + (query.Venue is null ? "" : " AND venue = $venue");

    /// <summary>The statement <paramref name="sql"/> (prepared on first use) with the query's words and filters bound.</summary>
    public SqliteCommand For(string sql, BenchQuery query)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in new[] { "$q", "$from", "$to", "$venue", "$limit", "$row" })
            {
                if (sql.Contains(name, StringComparison.Ordinal))
                {
                    command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
                }
            }
            command.Prepare();
            _prepared[sql] = command;
        }
        command.Parameters["$q"].Value = Fts5Index.Translate(query.Text);
        Set(command, "$from", query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Set(command, "$to", query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Set(command, "$venue", query.Venue);
        return command;
    }

    private static void Set(SqliteCommand command, string name, string? value)
    {
        if (value is not null && command.Parameters.Contains(name))
        {
            command.Parameters[name].Value = value;
        }
    }

    public void Dispose()
    {
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }
        _prepared.Clear();
    }
}
