using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Bench.Statistics;

/// <summary>The database's own scan speed: one aggregate over the raw responses giving each counter's
/// quick-rating index per local month, the figure the published tables are made of.</summary>
public static class BaselineQuery
{
    public static async Task<long> PerCounterMonthlyIndicesAsync(CchcDbContext db)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        return await db.Database.SqlQueryRaw<long>(
            """
            SELECT count(*) AS "Value" FROM (
                SELECT counter_id, date_trunc('month', submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS month,
                       count(*) AS n, avg((quick_rating >= 2)::int) AS satisfied_share
                FROM survey_responses
                WHERE quick_rating IS NOT NULL AND NOT flagged
                GROUP BY 1, 2) AS counter_months
            """).SingleAsync();
    }

    public static async Task<int> VacuumAnalyzeAsync(CchcDbContext db)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        return await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
    }
}
