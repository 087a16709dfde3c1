using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>Plain SQL on the DbContext's connection, inside its current transaction if any: the rollup's
/// statements return shapes (arrays, several columns) that EF's raw SQL methods do not read.</summary>
internal static class SqlCommands
{
    public static NpgsqlCommand Create(CchcDbContext db, string sql, int timeoutSeconds, params NpgsqlParameter[] parameters)
    {
        var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = timeoutSeconds;
        command.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.Parameters.AddRange(parameters);
        return command;
    }

    public static async Task<T> ScalarAsync<T>(CchcDbContext db, string sql, int timeoutSeconds, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = Create(db, sql, timeoutSeconds, parameters);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static async Task ExecuteAsync(CchcDbContext db, string sql, int timeoutSeconds, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = Create(db, sql, timeoutSeconds, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
