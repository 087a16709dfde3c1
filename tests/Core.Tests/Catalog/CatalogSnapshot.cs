using Npgsql;

namespace CchcFeedback.Core.Tests.Catalog;

/// <summary>Every catalog row as text, to prove that a rejected import left the database exactly as it was.</summary>
public static class CatalogSnapshot
{
    private static readonly string[] Tables = ["departments", "fields", "service_centers", "counters", "counter_fields", "procedures", "procedure_details"];

    public static async Task<string> TakeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var parts = new List<string>();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand($"SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM {table} t", connection);
            parts.Add(table + ":" + await command.ExecuteScalarAsync());
        }
        return string.Join('\n', parts);
    }

    public static async Task<long> CountAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
