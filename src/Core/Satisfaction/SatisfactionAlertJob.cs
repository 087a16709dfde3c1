using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The p-chart rule of SIPAS.md for every counter and every department: the current and the last
/// completed local week's quick-rating share against the unit's previous 12 weeks, corrected for the many units
/// checked at once. A new alert is recorded once per unit and week, with e-mails to managers (and, for a
/// department, its staff) in the same transaction. Runs after each rollup that changed something, and hourly.</summary>
public class SatisfactionAlertJob(CchcDbContext db, OutboxDeliveryQueue delivery, TimeProvider clock, ILogger<SatisfactionAlertJob> logger)
{
    public Task RunAsync(CancellationToken cancellationToken) => RaiseAsync(cancellationToken);

    /// <summary>Returns the alerts raised by this run (none when they were all raised before).</summary>
    public async Task<IReadOnlyList<SatisfactionAlert>> RaiseAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var currentWeek = WeekStartOf(VietnamTime.DateOf(now));
        var lastWeek = currentWeek.AddDays(-7);
        var days = await DailyCountsSinceAsync(lastWeek.AddDays(-7 * ControlChart.BaselineWeeks), cancellationToken);
        var candidates = new List<SatisfactionAlert>();
        foreach (var week in new[] { lastWeek, currentWeek })
        {
            candidates.AddRange(Check(SatisfactionScope.Counter, days.Where(d => d.CounterId != 0).Select(d => (d.CounterId, d)), week, now));
            candidates.AddRange(Check(SatisfactionScope.Department, days.Where(d => d.DepartmentId != 0).Select(d => (d.DepartmentId, d)), week, now));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var raised = new List<SatisfactionAlert>();
        foreach (var candidate in candidates)
        {
            if (await InsertIfNewAsync(candidate, cancellationToken) is { } id)
            {
                candidate.Id = id;
                raised.Add(candidate);
                await NotifyAsync(candidate, now, cancellationToken);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        if (raised.Count > 0)
        {
            delivery.Nudge();
        }
        foreach (var alert in raised)
        {
            logger.LogWarning("Satisfaction alert {Id}: {Kind} {Unit}, week of {Week}, {Share:P1} of {Responses} below {Limit:P1}",
                alert.Id, alert.UnitKind, alert.UnitId, alert.WeekStart, alert.Share, alert.Responses, alert.LowerLimit);
        }
        return raised;
    }

    /// <summary>Monday of the week holding the day (weeks run Monday to Sunday in Vietnam).</summary>
    public static DateOnly WeekStartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private sealed record DailyCount(DateOnly Day, int CounterId, int DepartmentId, int Satisfied, int Responses);

    // Quick ratings by Ratings' order: [0] dissatisfied, [1] satisfied, [2] very satisfied.
    private Task<List<DailyCount>> DailyCountsSinceAsync(DateOnly from, CancellationToken cancellationToken) =>
        db.SatisfactionDays.AsNoTracking()
            .Where(d => d.Day >= from)
            .GroupBy(d => new { d.Day, d.CounterId, d.DepartmentId })
            .Select(g => new DailyCount(
                g.Key.Day, g.Key.CounterId, g.Key.DepartmentId,
                g.Sum(d => d.Ratings[1] + d.Ratings[2]), g.Sum(d => d.Ratings[0] + d.Ratings[1] + d.Ratings[2])))
            .ToListAsync(cancellationToken);

    private static IEnumerable<SatisfactionAlert> Check(SatisfactionScope kind, IEnumerable<(int UnitId, DailyCount Day)> days, DateOnly week, DateTimeOffset now)
    {
        var weekly = days
            .GroupBy(d => (d.UnitId, Week: WeekStartOf(d.Day.Day)))
            .ToDictionary(g => g.Key, g => new WeeklyCount(g.Sum(d => d.Day.Satisfied), g.Sum(d => d.Day.Responses)));
        WeeklyCount Of(int unit, DateOnly start) => weekly.GetValueOrDefault((unit, start)) ?? new WeeklyCount(0, 0);

        var checks = weekly.Keys.Select(k => k.UnitId).Distinct().Order()
            .Select(unit => (Unit: unit, Check: ControlChart.Check(
                [.. Enumerable.Range(1, ControlChart.BaselineWeeks).Reverse().Select(back => Of(unit, week.AddDays(-7 * back)))],
                Of(unit, week))))
            .ToList();
        var corrected = ControlChart.CorrectForManyCounters([.. checks.Select(c => c.Check)]);
        return checks.Zip(corrected)
            .Where(pair => pair.Second.Alert)
            .Select(pair => new SatisfactionAlert
            {
                UnitKind = kind,
                UnitId = pair.First.Unit,
                WeekStart = week,
                Responses = pair.First.Check.Week.Answers,
                Share = pair.First.Check.Week.Share,
                CenterLine = pair.First.Check.CentreLine,
                LowerLimit = pair.First.Check.LowerLimit,
                RaisedAt = now,
            });
    }

    private async Task<long?> InsertIfNewAsync(SatisfactionAlert alert, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(db, """
            INSERT INTO satisfaction_alerts (unit_kind, unit_id, week_start, responses, share, center_line, lower_limit, raised_at)
            VALUES (@kind, @unit, @week, @responses, @share, @centre, @limit, @raised)
            ON CONFLICT (unit_kind, unit_id, week_start) DO NOTHING
            RETURNING id
            """, 30,
            new NpgsqlParameter<string>("kind", SnakeCaseEnum.ToName(alert.UnitKind)),
            new NpgsqlParameter<int>("unit", alert.UnitId),
            new NpgsqlParameter<DateOnly>("week", alert.WeekStart),
            new NpgsqlParameter<int>("responses", alert.Responses),
            new NpgsqlParameter<double>("share", alert.Share),
            new NpgsqlParameter<double>("centre", alert.CenterLine),
            new NpgsqlParameter<double>("limit", alert.LowerLimit),
            new NpgsqlParameter<DateTimeOffset>("raised", alert.RaisedAt));
        return await command.ExecuteScalarAsync(cancellationToken) as long?;
    }

    private async Task NotifyAsync(SatisfactionAlert alert, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recipients = await StaffRecipients.InRoleAsync(db, StaffRoles.Manager, cancellationToken);
        if (alert.UnitKind == SatisfactionScope.Department)
        {
            recipients.AddRange(await StaffRecipients.DepartmentStaffAsync(db, alert.UnitId, cancellationToken));
        }
        var email = await SatisfactionAlertEmail.ComposeAsync(db, alert, now, cancellationToken);
        foreach (var recipient in recipients.DistinctBy(r => r.UserId))
        {
            await OutboxEmail.AddAsync(db, recipient.Email, email.Subject, email.Body,
                $"satisfaction-alert:{alert.Id}:{recipient.UserId:N}", now, cancellationToken);
        }
    }
}
