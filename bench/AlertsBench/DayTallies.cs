using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CchcFeedback.Bench.Alerts;

/// <summary>Writes simulated counters' days straight into satisfaction_days, as the rollup would have folded them:
/// only the quick ratings (dissatisfied, satisfied, very satisfied), which is all the alert job reads.</summary>
public static class DayTallies
{
    public static async Task WriteAsync(CchcDbContext db, IReadOnlyList<(DateOnly Day, int CounterId, int Satisfied, int Dissatisfied)> rows)
    {
        var kept = rows.Where(r => r.Satisfied + r.Dissatisfied > 0).ToList();
        if (kept.Count == 0)
        {
            return;
        }
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO satisfaction_days (day, center_id, counter_id, department_id, procedure_id, form_version, ratings,
                level_counts, complete_cases, criterion_sums, criterion_squares, element_sums, element_squares,
                ratings_by_hour, satisfied_by_hour)
            SELECT d, 1, c, 0, 0, 0, ARRAY[n, s, 0], '', '', '', '', '', '', '', ''
            FROM unnest(@days, @counters, @satisfied, @dissatisfied) AS t (d, c, s, n)
            """,
            new NpgsqlParameter("days", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = kept.Select(r => r.Day).ToArray() },
            new NpgsqlParameter("counters", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = kept.Select(r => r.CounterId).ToArray() },
            new NpgsqlParameter("satisfied", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = kept.Select(r => r.Satisfied).ToArray() },
            new NpgsqlParameter("dissatisfied", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = kept.Select(r => r.Dissatisfied).ToArray() });
    }

    public static Task DeleteAsync(CchcDbContext db) => db.Database.ExecuteSqlRawAsync("DELETE FROM satisfaction_days WHERE counter_id >= 100000");
}
