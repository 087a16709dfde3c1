using System.Data;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Satisfaction.Tallies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The nightly check of the rollup: recounts every tally, by day and by month, from the raw responses,
/// according to what each response's <c>counted</c> says it contributed, compares with the tables, records a
/// <see cref="RollupCheck"/>, and makes the tables equal to the recount, so that a bug in the incremental path is
/// found and repaired.</summary>
public class SatisfactionRecountJob(CchcDbContext db, NpgsqlDataSource dataSource, TimeProvider clock, ILogger<SatisfactionRecountJob> logger)
{
    // A recount of millions of responses takes minutes: no statement timeout, only cancellation.
    private const int NoTimeout = 0;

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
        // Other connections read the responses in parts, in this transaction's snapshot, while this one reads the
        // tallies kept so far: the scan, which is most of the work, uses every core and sees exactly what the
        // comparison sees.
        var snapshot = await SqlCommands.ScalarAsync<string>(db, "SELECT pg_export_snapshot()", NoTimeout, cancellationToken);
        var parts = await PartsAsync(cancellationToken);
        var recounting = Task.WhenAll(parts.Select(part => RecountPartAsync(snapshot, part, cancellationToken)));
        var keptDays = await TallyStore.ReadAllPackedAsync(db, TallyTable.Days, NoTimeout, cancellationToken);
        var keptMonths = await TallyStore.ReadAllPackedAsync(db, TallyTable.Months, NoTimeout, cancellationToken);
        var recounted = new TallyChanges();
        foreach (var part in await recounting)
        {
            recounted.Add(part);
        }
        recounted.SumMonths();

        var mismatched = await RepairAsync(TallyTable.Days, recounted.Days, keptDays, SatisfactionDay.For, cancellationToken)
            + await RepairAsync(TallyTable.Months, recounted.Months, keptMonths, SatisfactionMonth.For, cancellationToken);
        var check = new RollupCheck
        {
            StartedAt = startedAt,
            FinishedAt = clock.GetUtcNow(),
            CountedResponses = checked((int)recounted.Responses),
            MismatchedCells = mismatched,
        };
        db.RollupChecks.Add(check);
        await db.SaveChangesAsync(cancellationToken);
        if (!check.Matched)
        {
            await AlertAdminsAsync(check, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Rollup check {Id}: {Counted} counted response(s), {Mismatched} mismatched cell(s)", check.Id, check.CountedResponses, mismatched);
        return check;
    }

    /// <summary>Makes the kept rows equal to the recounted ones and returns how many numbers differed. Rows at
    /// zero that the recount lacks are removed without counting as a mismatch: they hold nothing.</summary>
    private async Task<int> RepairAsync<T>(
        TallyTable table, Dictionary<TallyKey, T> recounted, Dictionary<TallyKey, PackedTally> kept, Func<TallyKey, T> create,
        CancellationToken cancellationToken)
        where T : SatisfactionTally
    {
        var cells = 0;
        var replaced = new List<SatisfactionTally>();
        foreach (var (key, row) in recounted)
        {
            var stored = kept.GetValueOrDefault(key);
            if (stored is not null && stored.Matches(row))
            {
                continue;
            }
            var differing = row.CellsDifferingFrom(stored?.Unpack(key, create));
            if (differing > 0)
            {
                cells += differing;
                replaced.Add(row);
            }
        }
        var removed = kept.Where(k => !recounted.ContainsKey(k.Key)).Select(k => (SatisfactionTally)k.Value.Unpack(k.Key, create)).ToList();
        cells += removed.Sum(row => row.CellsDifferingFrom(null));
        if (replaced.Count > 0 || removed.Count > 0)
        {
            await TallyStore.ReplaceAsync(db, table, replaced, removed, NoTimeout, cancellationToken);
        }
        if (cells > 0)
        {
            logger.LogError("Rollup check: {Cells} number(s) of {Table} differed from the recount and were repaired", cells, table.Name);
        }
        return cells;
    }

    /// <summary>Ranges of heap pages holding about as many counted responses each, from a 1 % sample of pages; one
    /// range when the table is small. Pages are not spread evenly: the rollup's updates move rows to the end.</summary>
    private async Task<IReadOnlyList<(long From, long? To)>> PartsAsync(CancellationToken cancellationToken)
    {
        var count = Math.Clamp(Environment.ProcessorCount, 1, MaximumParts);
        var pages = new List<long>();
        await using (var sample = SqlCommands.Create(db, SamplePagesSql, NoTimeout))
        await using (var reader = await sample.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                pages.Add(reader.GetInt64(0));
            }
        }
        if (count == 1 || pages.Count < MinimumSampleForParts)
        {
            return [(0, null)];
        }
        var bounds = Enumerable.Range(1, count - 1).Select(i => pages[i * pages.Count / count]).Distinct().ToList();
        return [.. bounds.Prepend(0).Zip(bounds.Select(b => (long?)b).Append(null))];
    }

    private const int MaximumParts = 4;
    private const int MinimumSampleForParts = 1_000;

    private const string SamplePagesSql = """
        SELECT (ctid::text::point)[0]::bigint FROM survey_responses TABLESAMPLE SYSTEM (1) WHERE counted <> 0 ORDER BY 1
        """;

    /// <summary>Recounts the responses on pages [From, To) in the exported snapshot, on a connection of its own.</summary>
    private async Task<TallyChanges> RecountPartAsync(string snapshot, (long From, long? To) part, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using (var settings = new NpgsqlCommand($"SET TRANSACTION SNAPSHOT '{snapshot}'; {PartSettingsSql}", connection, transaction))
        {
            await settings.ExecuteNonQueryAsync(cancellationToken);
        }
        var pages = part.To is { } to ? $"r.ctid >= '({part.From},0)' AND r.ctid < '({to},0)'" : $"r.ctid >= '({part.From},0)'";
        var sql = ResponseTokens.GroupedSql("survey_responses", "r.counted", "1", $"r.counted <> 0 AND {pages}");
        var tallies = new TallyChanges();
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = NoTimeout };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = TallyKey.Read(reader, 0);
            tallies.Add(key, reader.GetString(7), 1);
        }
        return tallies;
    }

    // The grouped scan keeps one string per day and place: with the default 4 MB of work memory a large table's
    // hash aggregate spills to disk many times over. Once a night, a larger share is fine.
    private const string PartSettingsSql = "SET LOCAL work_mem = '256MB'; SET LOCAL jit = off";

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
}
