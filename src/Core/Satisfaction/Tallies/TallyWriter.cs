using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>Writes tallies in the DbContext's current transaction: binary COPY into a temporary changes table,
/// then one set-based statement per table.</summary>
internal static class TallyWriter
{
    /// <summary>Adds changes (positive or negative) to the stored rows; rows brought to zero are removed.</summary>
    public static async Task AddAsync(CchcDbContext db, TallyChanges changes, int timeoutSeconds, CancellationToken cancellationToken)
    {
        await WriteAsync(db, TallyTable.Days, changes.Days.Values, [TallyTable.Days.AddChangesSql, .. changes.Subtracted ? [TallyTable.Days.DeleteEmptiedSql] : Array.Empty<string>()], timeoutSeconds, cancellationToken);
        await WriteAsync(db, TallyTable.Months, changes.Months.Values, [TallyTable.Months.AddChangesSql, .. changes.Subtracted ? [TallyTable.Months.DeleteEmptiedSql] : Array.Empty<string>()], timeoutSeconds, cancellationToken);
    }

    /// <summary>Makes the stored rows of <paramref name="table"/> equal to <paramref name="replaced"/> and removes
    /// <paramref name="removed"/>.</summary>
    public static async Task RepairAsync(
        CchcDbContext db, TallyTable table, IReadOnlyCollection<SatisfactionTally> replaced, IReadOnlyCollection<SatisfactionTally> removed,
        int timeoutSeconds, CancellationToken cancellationToken)
    {
        await WriteAsync(db, table, replaced, [table.ReplaceSql], timeoutSeconds, cancellationToken);
        await WriteAsync(db, table, removed, [table.DeleteSql], timeoutSeconds, cancellationToken);
    }

    private static async Task WriteAsync(
        CchcDbContext db, TallyTable table, IReadOnlyCollection<SatisfactionTally> rows, IReadOnlyList<string> statements,
        int timeoutSeconds, CancellationToken cancellationToken)
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
                await copy.WriteAsync(row is SatisfactionDay day ? day.Day : ((SatisfactionMonth)row).Month, NpgsqlDbType.Date, cancellationToken);
                foreach (var id in (int[])[row.CenterId, row.CounterId, row.DepartmentId, row.ProcedureId, row.FormVersion])
                {
                    await copy.WriteAsync(id, NpgsqlDbType.Integer, cancellationToken);
                }
                foreach (var values in row.Values)
                {
                    await copy.WriteAsync(values, NpgsqlDbType.Array | NpgsqlDbType.Integer, cancellationToken);
                }
            }
            await copy.CompleteAsync(cancellationToken);
        }
        foreach (var statement in statements)
        {
            await SqlCommands.ExecuteAsync(db, statement, timeoutSeconds, cancellationToken);
        }
    }
}
