using CchcFeedback.Core.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>Folds pending responses (<c>counted</c> ≠ what they should contribute) into the count tables: adds
/// what is newly wanted, subtracts what no longer is, and sets <c>counted</c>, all in one transaction per batch,
/// so a run killed half-way loses nothing and counts nothing twice. Runs every minute and after bursts.</summary>
public class SatisfactionRollupJob(CchcDbContext db, IBackgroundJobClient jobs, ILogger<SatisfactionRollupJob> logger)
{
    public const int BatchSize = 50_000;
    private const int StatementTimeoutSeconds = 300;

    /// <summary>For Api or Web after a burst of submissions: an extra run now, instead of at the next minute.
    /// Never called from the submission itself, which stays one INSERT.</summary>
    public static string Enqueue(IBackgroundJobClient jobs) => jobs.Enqueue<SatisfactionRollupJob>(j => j.RunAsync(CancellationToken.None));

    // No retries: the next minute's run is the retry, and retries would only queue up behind it.
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var result = await RollupAsync(BatchSize, cancellationToken);
        if (result.Folded > 0)
        {
            logger.LogInformation("Rollup folded {Folded} response(s) in {Batches} batch(es)", result.Folded, result.Batches);
            jobs.Enqueue<SatisfactionAlertJob>(j => j.RunAsync(CancellationToken.None));
        }
        return result.Folded;
    }

    /// <summary>Batches until one comes back short, so a steady stream of new responses cannot keep one run
    /// going for ever: what arrives meanwhile is the next run's.</summary>
    public async Task<RollupResult> RollupAsync(int batchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var folded = 0;
        var batches = 0;
        while (true)
        {
            var batch = await FoldBatchAsync(batchSize, cancellationToken);
            if (batch is null)
            {
                return new RollupResult(folded, batches, Busy: true);
            }
            folded += batch.Value;
            batches++;
            if (batch.Value < batchSize)
            {
                return new RollupResult(folded, batches, Busy: false);
            }
        }
    }

    /// <summary>One batch in one transaction; null when the lock is taken.</summary>
    private async Task<int?> FoldBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await SqlCommands.ScalarAsync<bool>(db, RollupLock.TryTakeForTransactionSql, StatementTimeoutSeconds, cancellationToken))
            {
                return null;
            }
            await SqlCommands.ExecuteAsync(db, TransactionSettingsSql, StatementTimeoutSeconds, cancellationToken);
            int folded;
            DateOnly[] subtractedDays;
            await using (var fold = SqlCommands.Create(db, FoldSql, StatementTimeoutSeconds, new NpgsqlParameter<int>("batch_size", batchSize)))
            await using (var reader = await fold.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                folded = reader.GetInt32(0);
                subtractedDays = reader.GetFieldValue<DateOnly[]>(1);
            }
            if (subtractedDays.Length > 0)
            {
                foreach (var table in CountTable.All)
                {
                    await SqlCommands.ExecuteAsync(db, table.DeleteEmptiedSql, StatementTimeoutSeconds, cancellationToken,
                        new NpgsqlParameter("days", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = subtractedDays });
                }
            }
            await transaction.CommitAsync(cancellationToken);
            return folded;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Compiling this statement costs more than running it on a batch, and the aggregations of a batch fit in
    // memory when they are allowed a little more than the default 4 MB.
    private const string TransactionSettingsSql = "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'";

    // Concurrency: one rollup at a time, by a transaction-level advisory lock rather than FOR UPDATE SKIP LOCKED.
    // The nightly recount must exclude the rollup anyway, and an advisory lock is the one thing both can take;
    // two rollups on disjoint responses would still update the same count cells in different orders (waits,
    // even deadlocks) for no gain, since one batch of 50,000 takes well under a second. A second run finds the
    // lock taken and leaves: the first folds everything. Rows are not locked: answers and the quick rating never
    // change once set, and counted is set to the state this batch computed, not to what the row wants now, so a
    // form completed or a review made during the batch leaves the row pending for the next one.
    //
    // ORDER BY submitted_at with LIMIT makes the planner walk ix_survey_responses_pending_rollup, which holds
    // only pending rows, whatever it guesses about the selectivity of counted <> CASE …: the cost is the batch's,
    // not the table's.
    private static readonly string FoldSql = $"""
        WITH batch AS MATERIALIZED (
            SELECT {RollupSql.ChangeColumns}, r.counted AS folded, {RollupState.DesiredSql} AS wanted
            FROM survey_responses r
            WHERE {RollupState.PendingFilterSql}
            ORDER BY r.submitted_at
            LIMIT @batch_size
        ),
        changes AS MATERIALIZED (
            SELECT b.*, c.bits, c.sign
            FROM batch b
            CROSS JOIN LATERAL (VALUES (b.wanted & ~b.folded, 1), (b.folded & ~b.wanted, -1)) AS c (bits, sign)
            WHERE c.bits <> 0
        ),
        {RollupSql.Aggregations},
        added_counts AS ({CountTable.SatisfactionCounts.AddChangesSql}),
        added_moments AS ({CountTable.ReliabilityMoments.AddChangesSql}),
        added_hourly AS ({CountTable.HourlyCounts.AddChangesSql}),
        marked AS (
            -- "= ANY (ARRAY(…))" gets index look-ups by primary key: joined on id alone, the planner, which
            -- expects a full batch, prefers hashing the whole table.
            UPDATE survey_responses r SET counted = b.wanted
            FROM batch b
            WHERE r.id = ANY (ARRAY(SELECT id FROM batch)) AND r.id = b.id
            RETURNING r.id
        )
        SELECT (SELECT count(*) FROM marked)::int,
               coalesce((SELECT array_agg(DISTINCT day) FROM changes WHERE sign < 0), ARRAY[]::date[])
        """;
}
