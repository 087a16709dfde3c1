using System.Text.Json;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Petitions.Deadlines;

/// <summary>
/// Hourly on working days (issue #7, item 5): reminds a department's staff of a petition due within
/// <see cref="ReminderWorkingDays"/> working days, escalates an overdue one to the department's managers and to
/// triage (an Escalated event and <see cref="Petition.NeedsTriage"/>), and sends each department's staff a daily
/// digest from <see cref="DigestFrom"/>. Every message is an outbox row whose dedupe key names the petition (or
/// department), its last day (or the digest's day) and the recipient: a run repeated, or two runs at once, send
/// nothing twice, and an extended deadline is reminded again.
/// </summary>
public partial class PetitionEscalationJob(
    CchcDbContext db, IWorkingDayCalendarProvider calendars, IOptions<PublicSiteOptions> site, TimeProvider clock,
    ILogger<PetitionEscalationJob> logger)
{
    public const string Actor = "system:escalation";
    public const int ReminderWorkingDays = 2;
    public static readonly TimeOnly DigestFrom = new(7, 0);

    private readonly Dictionary<(int, bool), List<StaffRecipient>> _recipients = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        var calendar = await calendars.GetAsync(cancellationToken);
        if (!calendar.IsWorkingDay(today))
        {
            return; // the schedule is hourly every day; the calendar in force says which days are worked
        }
        var running = await db.Petitions.AsNoTracking()
            .Where(p => PetitionDeadlines.RunningStatuses.Contains(p.Status) && p.DepartmentId != null && p.DueAt != null)
            .OrderBy(p => p.DueAt)
            .Select(p => new WatchedPetition(p.Id, p.TrackingCode, p.Kind, p.DepartmentId!.Value, p.Department!.NameVi, p.DueAt!.Value,
                db.PetitionEvents.Any(e => e.PetitionId == p.Id && e.Kind == PetitionEventKind.Escalated && e.At >= p.DueAt)))
            .ToListAsync(cancellationToken);
        bool Overdue(WatchedPetition p) => p.DueAt <= now;
        bool DueSoon(WatchedPetition p) => !Overdue(p) && calendar.WorkingDaysBetween(today, p.LastDay) <= ReminderWorkingDays;

        var escalated = 0;
        foreach (var petition in running.Where(p => Overdue(p) && !p.Escalated))
        {
            escalated += await EscalateAsync(petition, now, cancellationToken) ? 1 : 0;
        }
        foreach (var petition in running.Where(DueSoon))
        {
            var (subject, body) = EscalationEmails.Reminder(petition, calendar.WorkingDaysBetween(today, petition.LastDay), StaffUrl);
            await SendAsync(petition.DepartmentId, managers: false, subject, body, $"petition-reminder:{petition.Id:N}:{petition.LastDay:yyyyMMdd}", now, cancellationToken);
        }
        if (TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, VietnamTime.Zone).DateTime) >= DigestFrom)
        {
            foreach (var department in running.GroupBy(p => p.DepartmentId))
            {
                var list = department.ToList();
                var (subject, body) = EscalationEmails.Digest(list[0].DepartmentName, today, list, Overdue, DueSoon, StaffUrl);
                await SendAsync(department.Key, managers: false, subject, body, $"petition-digest:{department.Key}:{today:yyyyMMdd}", now, cancellationToken);
            }
        }
        if (escalated > 0)
        {
            LogEscalated(escalated);
        }
    }

    private string StaffUrl => $"{site.Value.BaseUrl.TrimEnd('/')}/Staff";

    /// <summary>One escalation per petition and last day. The conditional UPDATE locks the petition's row, so of two
    /// runs at once the second waits, then finds the first's Escalated event and stops.</summary>
    private async Task<bool> EscalateAsync(WatchedPetition petition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = await db.Petitions
            .Where(p => p.Id == petition.Id && p.DueAt == petition.DueAt && PetitionDeadlines.RunningStatuses.Contains(p.Status))
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.NeedsTriage, true), cancellationToken);
        if (locked == 0 || await AlreadyEscalatedAsync(petition, cancellationToken))
        {
            return false; // answered, moved or escalated meanwhile: the rollback undoes nothing that matters
        }
        db.PetitionEvents.Add(new PetitionEvent
        {
            PetitionId = petition.Id,
            At = now,
            Kind = PetitionEventKind.Escalated,
            Actor = Actor,
            Reason = "Quá hạn xử lý",
            Data = JsonSerializer.Serialize(new { lastDay = petition.LastDay, dueAt = petition.DueAt, department = petition.DepartmentId }),
        });
        await db.SaveChangesAsync(cancellationToken);
        var (subject, body) = EscalationEmails.Overdue(petition, StaffUrl);
        await SendAsync(petition.DepartmentId, managers: true, subject, body, $"petition-overdue:{petition.Id:N}:{petition.LastDay:yyyyMMdd}", now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>An escalation at or after the deadline is this deadline's: one that came before it belonged to an
    /// earlier deadline, since extended.</summary>
    private Task<bool> AlreadyEscalatedAsync(WatchedPetition petition, CancellationToken cancellationToken) =>
        db.PetitionEvents.AnyAsync(e => e.PetitionId == petition.Id && e.Kind == PetitionEventKind.Escalated && e.At >= petition.DueAt, cancellationToken);

    private async Task SendAsync(int departmentId, bool managers, string subject, string body, string dedupeKey, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (!_recipients.TryGetValue((departmentId, managers), out var recipients))
        {
            recipients = managers
                ? await StaffRecipients.DepartmentManagersAsync(db, departmentId, cancellationToken)
                : await StaffRecipients.DepartmentStaffAsync(db, departmentId, cancellationToken);
            _recipients[(departmentId, managers)] = recipients;
        }
        foreach (var recipient in recipients)
        {
            await OutboxEmail.AddAsync(db, recipient.Email, subject, body, $"{dedupeKey}:{recipient.UserId:N}", now, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} overdue petitions escalated")]
    private partial void LogEscalated(int count);
}
