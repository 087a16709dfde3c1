using CchcFeedback.Core.Data;
using CchcFeedback.Core.Satisfaction.Tallies;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>Folds pending responses (<c>counted</c> ≠ what they should contribute) into the tallies by day and by
/// month: adds what is newly wanted, subtracts what no longer is, and sets <c>counted</c>, all in one transaction
/// per batch, so a run killed half-way loses nothing and counts nothing twice. Runs every minute and after bursts.</summary>
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
        }
        return result.Folded;
    }

    /// <summary>Batches until one comes back short, so a steady stream of new responses cannot keep one run
    /// going for ever: what arrives meanwhile is the next run's. Whoever folds (this job's schedule, a report and
    /// its catch-up when the Jobs host starts, the write-report command), the alert check follows when something
    /// was folded: this is the one place that folds, so it is the one place that asks for the check.</summary>
    public async Task<RollupResult> RollupAsync(int batchSize, CancellationToken cancellationToken = default)
    {
        var result = await FoldAllAsync(batchSize, cancellationToken);
        if (result.Folded > 0)
        {
            jobs.Enqueue<SatisfactionAlertJob>(j => j.RunAsync(CancellationToken.None));
        }
        return result;
    }

    private async Task<RollupResult> FoldAllAsync(int batchSize, CancellationToken cancellationToken)
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
            var changes = new TallyChanges();
            var folded = 0;
            await using (var fold = SqlCommands.Create(db, FoldSql, StatementTimeoutSeconds, new NpgsqlParameter<int>("batch_size", batchSize)))
            await using (var reader = await fold.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    folded = reader.GetInt32(0);
                    if (!reader.IsDBNull(1))
                    {
                        var key = TallyKey.Read(reader, 1);
                        changes.Add(key, reader.GetString(8), reader.GetInt32(7));
                    }
                }
            }
            if (!changes.IsEmpty)
            {
                await TallyStore.AddAsync(db, changes.SumMonths(), StatementTimeoutSeconds, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return folded;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Compiling these statements costs more than running them on a batch.
    private const string TransactionSettingsSql = "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'";

    // Concurrency: one rollup at a time, by a transaction-level advisory lock rather than FOR UPDATE SKIP LOCKED.
    // The nightly recount must exclude the rollup anyway, and an advisory lock is the one thing both can take;
    // two rollups on disjoint responses would still update the same tally rows in different orders (waits,
    // even deadlocks) for no gain. A second run finds the lock taken and leaves: the first folds everything. Rows
    // are not locked: answers and the quick rating never change once set, and counted is set to the state this
    // batch computed, not to what the row wants now, so a form completed or a review made during the batch leaves
    // the row pending for the next one.
    //
    // ORDER BY submitted_at with LIMIT makes the planner walk ix_survey_responses_pending_rollup, which holds
    // only pending rows, whatever it guesses about the selectivity of counted <> CASE …: the cost is the batch's,
    // not the table's. The statement marks the batch and returns its changes, so that a run killed before the
    // tallies are written rolls the marks back with them.
    private static readonly string FoldSql = $"""
        WITH batch AS MATERIALIZED (
            SELECT r.id, r.submitted_at, r.center_id, r.counter_id, r.department_id, r.procedure_id, r.form_version,
                   r.quick_rating, r.answers, r.counted AS folded, {RollupState.DesiredSql} AS wanted
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
        marked AS (
            -- "= ANY (ARRAY(…))" gets index look-ups by primary key: joined on id alone, the planner, which
            -- expects a full batch, prefers hashing the whole table.
            UPDATE survey_responses r SET counted = b.wanted
            FROM batch b
            WHERE r.id = ANY (ARRAY(SELECT id FROM batch)) AND r.id = b.id
            RETURNING r.id
        ),
        grouped AS (
            {ResponseTokens.GroupedSql("changes", "r.bits", "r.sign", "true")}
        )
        SELECT m.folded, g.day, g.center_id, g.counter_id, g.department_id, g.procedure_id, g.form_version, g.sign, g.tokens
        FROM (SELECT count(*)::int AS folded FROM marked) m
        LEFT JOIN grouped g ON true
        """;
}
