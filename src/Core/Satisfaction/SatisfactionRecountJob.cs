using System.Data;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The nightly check of the rollup: recounts every cell from the raw responses, according to what each
/// response's <c>counted</c> says it contributed, compares with the tables, records a <see cref="RollupCheck"/>,
/// and makes the tables equal to the recount, so that a bug in the incremental path is found and repaired.</summary>
public class SatisfactionRecountJob(CchcDbContext db, TimeProvider clock, ILogger<SatisfactionRecountJob> logger)
{
    // A recount of millions of responses takes minutes: no statement timeout, only cancellation.
    private const int NoTimeout = 0;

    // Each recount groups every answer of every counted response into a few million cells: with the default
    // 4 MB of work memory the hash aggregates spill to disk many times over. Once a night, a larger share is fine.
    private const string TransactionSettingsSql = "SET LOCAL work_mem = '256MB'";

    public Task RunAsync(CancellationToken cancellationToken) => RecountAsync(cancellationToken);

    public async Task<RollupCheck> RecountAsync(CancellationToken cancellationToken = default)
    {
        var startedAt = clock.GetUtcNow();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // The lock first, then the snapshot: a REPEATABLE READ transaction takes its snapshot at its first
            // statement, so a lock taken inside it could be granted after a rollup committed that the snapshot
            // does not see. With the lock held no rollup commits, and one snapshot sees responses and tables
            // exactly as they were: the comparison is exact, not "nearly".
            await SqlCommands.ExecuteAsync(db, RollupLock.TakeForSessionSql, NoTimeout, cancellationToken);
            try
            {
                return await RecountLockedAsync(startedAt, cancellationToken);
            }
            finally
            {
                await ReleaseLockAsync();
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<RollupCheck> RecountLockedAsync(DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await SqlCommands.ExecuteAsync(db, TransactionSettingsSql, NoTimeout, cancellationToken);
        var counted = await SqlCommands.ScalarAsync<int>(db, "SELECT count(*)::int FROM survey_responses WHERE counted <> 0", NoTimeout, cancellationToken);
        var mismatched = 0;
        foreach (var table in CountTable.All)
        {
            var cells = await SqlCommands.ScalarAsync<int>(db, RepairSql(table), NoTimeout, cancellationToken);
            if (cells > 0)
            {
                logger.LogError("Rollup check: {Cells} cell(s) of {Table} differed from the recount and were repaired", cells, table.Name);
            }
            mismatched += cells;
        }
        var check = new RollupCheck { StartedAt = startedAt, FinishedAt = clock.GetUtcNow(), CountedResponses = counted, MismatchedCells = mismatched };
        db.RollupChecks.Add(check);
        await db.SaveChangesAsync(cancellationToken);
        if (!check.Matched)
        {
            await AlertAdminsAsync(check, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Rollup check {Id}: {Counted} counted response(s), {Mismatched} mismatched cell(s)", check.Id, counted, mismatched);
        return check;
    }

    private async Task AlertAdminsAsync(RollupCheck check, CancellationToken cancellationToken)
    {
        var subject = $"Kiểm tra số liệu hài lòng: {check.MismatchedCells} ô lệch so với tính lại";
        var body = $"""
            Lần kiểm tra số liệu hài lòng lúc {TimeZoneInfo.ConvertTime(check.StartedAt, Calendar.VietnamTime.Zone):dd/MM/yyyy HH:mm} đã tính lại mọi ô từ {check.CountedResponses} phiếu đánh giá và thấy {check.MismatchedCells} ô khác với số liệu cộng dồn hằng phút.
            Các ô đó đã được sửa theo kết quả tính lại. Sai lệch cho thấy một lỗi trong phần cộng dồn: hãy xem nhật ký của tác vụ nền (mã kiểm tra {check.Id}).
            """;
        foreach (var admin in await StaffRecipients.InRoleAsync(db, StaffRoles.Admin, cancellationToken))
        {
            await OutboxEmail.AddAsync(db, admin.Email, subject, body, $"rollup-check:{check.Id}:{admin.UserId:N}", check.FinishedAt, cancellationToken);
        }
    }

    private async Task ReleaseLockAsync()
    {
        try
        {
            await SqlCommands.ExecuteAsync(db, RollupLock.ReleaseForSessionSql, NoTimeout, CancellationToken.None);
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or InvalidOperationException)
        {
            // A broken connection has already lost the lock with its session; a pooled one is reset on return.
            logger.LogWarning(exception, "Could not release the rollup lock explicitly");
        }
    }

    private static string RepairSql(CountTable table) => $"""
        WITH changes AS NOT MATERIALIZED (
            SELECT {RollupSql.ChangeColumns}, r.counted::int AS bits, 1 AS sign
            FROM survey_responses r
            WHERE r.counted <> 0
        ),
        {RollupSql.Aggregations},
        {table.RepairSql}
        """;
}
