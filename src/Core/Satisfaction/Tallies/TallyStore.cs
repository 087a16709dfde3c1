using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>Reads and writes tallies on the DbContext's connection, in its current transaction. Changes are added
/// here rather than in SQL: summing two arrays element by element in an UPDATE costs a subscript per element
/// (each one decompressing a compressed array again), several times reading the rows and writing them back.</summary>
internal static class TallyStore
{
    /// <summary>Adds signed changes to the stored rows; rows brought back to zero are removed.</summary>
    public static async Task AddAsync(CchcDbContext db, TallyChanges changes, int timeoutSeconds, CancellationToken cancellationToken)
    {
        await AddAsync(db, TallyTable.Days, changes.Days, SatisfactionDay.For, timeoutSeconds, cancellationToken);
        await AddAsync(db, TallyTable.Months, changes.Months, SatisfactionMonth.For, timeoutSeconds, cancellationToken);
    }

    /// <summary>Every stored row of <paramref name="table"/>, its counts not yet decoded.</summary>
    public static Task<Dictionary<TallyKey, PackedTally>> ReadAllPackedAsync(
        CchcDbContext db, TallyTable table, int timeoutSeconds, CancellationToken cancellationToken) =>
        ReadPackedAsync(db, table, table.SelectAllSql, [], timeoutSeconds, cancellationToken);

    /// <summary>Makes the stored rows of <paramref name="table"/> equal to <paramref name="replaced"/> and removes
    /// <paramref name="removed"/>.</summary>
    public static async Task ReplaceAsync(
        CchcDbContext db, TallyTable table, IReadOnlyCollection<SatisfactionTally> replaced, IReadOnlyCollection<SatisfactionTally> removed,
        int timeoutSeconds, CancellationToken cancellationToken)
    {
        await WriteAsync(db, table, replaced, table.ReplaceSql, timeoutSeconds, cancellationToken);
        await WriteAsync(db, table, removed, table.DeleteSql, timeoutSeconds, cancellationToken);
    }

    private static async Task AddAsync<T>(
        CchcDbContext db, TallyTable table, Dictionary<TallyKey, T> changes, Func<TallyKey, T> create, int timeoutSeconds, CancellationToken cancellationToken)
        where T : SatisfactionTally
    {
        var keys = changes.Keys.ToList();
        var stored = await ReadAsync(db, table, create, table.SelectKeysSql,
        [
            new NpgsqlParameter<DateOnly[]>("dates", [.. keys.Select(k => k.Date)]),
            new NpgsqlParameter<int[]>("centers", [.. keys.Select(k => k.CenterId)]),
            new NpgsqlParameter<int[]>("counters", [.. keys.Select(k => k.CounterId)]),
            new NpgsqlParameter<int[]>("departments", [.. keys.Select(k => k.DepartmentId)]),
            new NpgsqlParameter<int[]>("procedures", [.. keys.Select(k => k.ProcedureId)]),
            new NpgsqlParameter<int[]>("versions", [.. keys.Select(k => k.FormVersion)]),
        ], timeoutSeconds, cancellationToken);
        var replaced = new List<SatisfactionTally>();
        var removed = new List<SatisfactionTally>();
        foreach (var (key, change) in changes)
        {
            if (!stored.TryGetValue(key, out var row))
            {
                if (!change.IsEmpty)
                {
                    replaced.Add(change);
                }
                continue;
            }
            row.Add(change);
            (row.IsEmpty ? removed : replaced).Add(row);
        }
        await ReplaceAsync(db, table, replaced, removed, timeoutSeconds, cancellationToken);
    }

    private static async Task<Dictionary<TallyKey, T>> ReadAsync<T>(
        CchcDbContext db, TallyTable table, Func<TallyKey, T> create, string sql, NpgsqlParameter[] parameters,
        int timeoutSeconds, CancellationToken cancellationToken)
        where T : SatisfactionTally =>
        (await ReadPackedAsync(db, table, sql, parameters, timeoutSeconds, cancellationToken))
            .ToDictionary(row => row.Key, row => row.Value.Unpack(row.Key, create));

    private static async Task<Dictionary<TallyKey, PackedTally>> ReadPackedAsync(
        CchcDbContext db, TallyTable table, string sql, NpgsqlParameter[] parameters, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<TallyKey, PackedTally>();
        var ratings = table.Keys.Count;
        await using var command = SqlCommands.Create(db, sql, timeoutSeconds, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = TallyKey.Read(reader, 0);
            var packed = new byte[table.ValueColumns.Count - 1][];
            for (var column = 0; column < packed.Length; column++)
            {
                packed[column] = reader.GetFieldValue<byte[]>(ratings + 1 + column);
            }
            rows[key] = new PackedTally(reader.GetFieldValue<int[]>(ratings), packed);
        }
        return rows;
    }

    private static async Task WriteAsync(
        CchcDbContext db, TallyTable table, IReadOnlyCollection<SatisfactionTally> rows, string statement, int timeoutSeconds, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }
        await SqlCommands.ExecuteAsync(db, $"DROP TABLE IF EXISTS {table.ChangesTable}; {table.CreateChangesTableSql}", timeoutSeconds, cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var copy = await connection.BeginBinaryImportAsync(table.CopyChangesSql, cancellationToken))
        {
            foreach (var row in rows)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(row is SatisfactionDay day ? day.Day : row.Month, NpgsqlDbType.Date, cancellationToken);
                foreach (var id in (int[])[row.CenterId, row.CounterId, row.DepartmentId, row.ProcedureId, row.FormVersion])
                {
                    await copy.WriteAsync(id, NpgsqlDbType.Integer, cancellationToken);
                }
                await copy.WriteAsync(row.Ratings, NpgsqlDbType.Array | NpgsqlDbType.Integer, cancellationToken);
                foreach (var values in row.Values.Skip(1))
                {
                    await copy.WriteAsync(CompactCounts.Encode(values), NpgsqlDbType.Bytea, cancellationToken);
                }
            }
            await copy.CompleteAsync(cancellationToken);
        }
        await SqlCommands.ExecuteAsync(db, statement, timeoutSeconds, cancellationToken);
    }
}
