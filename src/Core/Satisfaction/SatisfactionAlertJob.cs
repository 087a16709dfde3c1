using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The drop chart of docs/adr/0013-sustained-drop-alerts.md for every counter and every department: a
/// Shiryaev–Roberts chart of each unit's daily quick ratings against its own usual share, its limit derived from the false
/// alarms a director accepts per unit and year. A new alert is recorded once per unit and week, with e-mails to
/// managers (and, for a department, its staff) in the same transaction. Runs after every fold of new responses,
/// whoever folded them (<see cref="SatisfactionRollupJob.RollupAsync"/>), and hourly.</summary>
public class SatisfactionAlertJob(
    CchcDbContext db, SustainedDropDetector detector, OutboxDeliveryQueue delivery, IOptions<PublicSiteOptions> site, TimeProvider clock,
    ILogger<SatisfactionAlertJob> logger)
{
    public Task RunAsync(CancellationToken cancellationToken) => RaiseAsync(cancellationToken);

    /// <summary>Returns the alerts raised by this run (none when they were all raised before).</summary>
    public async Task<IReadOnlyList<SatisfactionAlert>> RaiseAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        var days = await DailyCountsAsync(SustainedDropDetector.FirstDayNeeded(today), today, cancellationToken);
        var candidates = new List<SatisfactionAlert>();
        candidates.AddRange(Check(SatisfactionScope.Counter, days.Where(d => d.CounterId != 0).Select(d => (d.CounterId, d)), today, now));
        candidates.AddRange(Check(SatisfactionScope.Department, days.Where(d => d.DepartmentId != 0).Select(d => (d.DepartmentId, d)), today, now));

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
            logger.LogWarning("Satisfaction alert {Id}: {Kind} {Unit}, {Share:P1} of {Responses} since {From}, usual {Usual:P1}",
                alert.Id, alert.UnitKind, alert.UnitId, alert.Share, alert.Responses, alert.EvidenceFrom, alert.CenterLine);
        }
        return raised;
    }

    /// <summary>Monday of the week holding the day (weeks run Monday to Sunday in Vietnam).</summary>
    public static DateOnly WeekStartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private sealed record DailyCount(DateOnly Day, int CounterId, int DepartmentId, int Satisfied, int Responses);

    // Quick ratings by Ratings' order: [0] dissatisfied, [1] satisfied, [2] very satisfied.
    private Task<List<DailyCount>> DailyCountsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        db.SatisfactionDays.AsNoTracking()
            .Where(d => d.Day >= from && d.Day <= to)
            .GroupBy(d => new { d.Day, d.CounterId, d.DepartmentId })
            .Select(g => new DailyCount(
                g.Key.Day, g.Key.CounterId, g.Key.DepartmentId,
                g.Sum(d => d.Ratings[1] + d.Ratings[2]), g.Sum(d => d.Ratings[0] + d.Ratings[1] + d.Ratings[2])))
            .ToListAsync(cancellationToken);

    private IEnumerable<SatisfactionAlert> Check(SatisfactionScope kind, IEnumerable<(int UnitId, DailyCount Day)> days, DateOnly today, DateTimeOffset now) =>
        days.GroupBy(d => d.UnitId)
            .OrderBy(g => g.Key)
            .Select(unit => (unit.Key, Drop: detector.Detect(
                [.. unit.GroupBy(d => d.Day.Day).Select(g => new DayCount(g.Key, g.Sum(d => d.Day.Satisfied), g.Sum(d => d.Day.Responses)))],
                today)))
            .Where(unit => unit.Drop is not null)
            .Select(unit => Alert(kind, unit.Key, unit.Drop!, now));

    private static SatisfactionAlert Alert(SatisfactionScope kind, int unitId, SustainedDrop drop, DateTimeOffset now) => new()
    {
        UnitKind = kind,
        UnitId = unitId,
        WeekStart = WeekStartOf(drop.SignalDay),
        EvidenceFrom = drop.EvidenceFrom,
        EvidenceTo = drop.SignalDay,
        Responses = drop.EvidenceRatings,
        Share = drop.EvidenceShare,
        BaselineWeeks = drop.BaselineWeeks,
        BaselineResponses = drop.BaselineRatings,
        CenterLine = drop.BaselineShare,
        RaisedAt = now,
    };

    private async Task<long?> InsertIfNewAsync(SatisfactionAlert alert, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(db, """
            INSERT INTO satisfaction_alerts (unit_kind, unit_id, week_start, evidence_from, evidence_to, responses, share,
                baseline_weeks, baseline_responses, center_line, raised_at)
            SELECT @kind, @unit, @week, @from, @to, @responses, @share, @baseline_weeks, @baseline_responses, @centre, @raised
            -- The same signal, seen by an earlier run that replayed from a week earlier, was alerted already.
            WHERE NOT EXISTS (SELECT 1 FROM satisfaction_alerts a WHERE a.unit_kind = @kind AND a.unit_id = @unit AND a.evidence_to >= @from)
            ON CONFLICT (unit_kind, unit_id, week_start) DO NOTHING
            RETURNING id
            """, 30,
            new NpgsqlParameter<string>("kind", SnakeCaseEnum.ToName(alert.UnitKind)),
            new NpgsqlParameter<int>("unit", alert.UnitId),
            new NpgsqlParameter<DateOnly>("week", alert.WeekStart),
            new NpgsqlParameter<DateOnly>("from", alert.EvidenceFrom),
            new NpgsqlParameter<DateOnly>("to", alert.EvidenceTo),
            new NpgsqlParameter<int>("responses", alert.Responses),
            new NpgsqlParameter<double>("share", alert.Share),
            new NpgsqlParameter<int>("baseline_weeks", alert.BaselineWeeks),
            new NpgsqlParameter<int>("baseline_responses", alert.BaselineResponses),
            new NpgsqlParameter<double>("centre", alert.CenterLine),
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
        var email = await SatisfactionAlertEmail.ComposeAsync(db, alert, site.Value.BaseUrl, cancellationToken);
        foreach (var recipient in recipients.DistinctBy(r => r.UserId))
        {
            await OutboxEmail.AddAsync(db, recipient.Email, email.Subject, email.Body,
                $"satisfaction-alert:{alert.Id}:{recipient.UserId:N}", now, cancellationToken);
        }
    }
}
