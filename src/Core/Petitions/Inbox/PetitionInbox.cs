using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Petitions.Inbox;

/// <summary>A department's petitions, as its staff work through them: overdue first, then by deadline. Managers
/// see every department's.</summary>
public class PetitionInbox(CchcDbContext db, IWorkingDayCalendarProvider calendars, TimeProvider clock)
{
    /// <summary>"Due soon" means within this many working days (issue #7: the reminder comes two working days before).</summary>
    public const int DueSoonWorkingDays = 2;

    /// <summary>What the department still has to act on: its clock runs (or stands still, waiting for the citizen).</summary>
    public static readonly IReadOnlyList<PetitionStatus> ToActOn =
        [PetitionStatus.Routed, PetitionStatus.Accepted, PetitionStatus.InfoRequested];

    private static readonly PetitionStatus[] Running = [PetitionStatus.Routed, PetitionStatus.Accepted];

    public async Task<InboxPage> ListAsync(InboxFilter filter, DepartmentScope scope, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var soon = await DueSoonLimitAsync(now, cancellationToken);
        var petitions = Filtered(filter, scope);
        var total = await petitions.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + InboxFilter.PageSize - 1) / InboxFilter.PageSize));
        var rows = await petitions
            .OrderByDescending(p => p.ClockPausedAt == null && p.DueAt < now && Running.Contains(p.Status))
            .ThenBy(p => p.DueAt == null)
            .ThenBy(p => p.DueAt)
            .ThenBy(p => p.ReceivedAt)
            .Skip((page - 1) * InboxFilter.PageSize)
            .Take(InboxFilter.PageSize)
            .Select(p => new
            {
                p.Id,
                p.TrackingCode,
                p.Title,
                p.Kind,
                p.Status,
                p.NeedsTriage,
                p.ReceivedAt,
                p.DueAt,
                Paused = p.ClockPausedAt != null,
                DepartmentName = p.Department == null ? null : p.Department.NameVi,
                CenterName = p.Center == null ? null : p.Center.NameVi,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(p => new InboxItem(p.Id, p.TrackingCode, p.Title, p.Kind, p.Status, p.NeedsTriage, p.ReceivedAt, p.DueAt, p.Paused,
                p.DepartmentName, p.CenterName, Urgency(p.Status, p.DueAt, p.Paused, now, soon)))
            .ToList();
        return new InboxPage(items, total, page);
    }

    public async Task<InboxCounts> CountsAsync(DepartmentScope scope, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var soon = await DueSoonLimitAsync(now, cancellationToken);
        var counts = await db.Petitions.AsNoTracking().VisibleIn(scope)
            .Where(p => Running.Contains(p.Status))
            .GroupBy(_ => 1)
            .Select(g => new
            {
                New = g.Count(p => p.Status == PetitionStatus.Routed),
                DueSoon = g.Count(p => p.DueAt >= now && p.DueAt <= soon),
                Overdue = g.Count(p => p.DueAt < now),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return counts is null ? new InboxCounts(0, 0, 0) : new InboxCounts(counts.New, counts.DueSoon, counts.Overdue);
    }

    /// <summary>The end of the second working day after today, Vietnamese time: a deadline up to then is due soon.</summary>
    public async Task<DateTimeOffset> DueSoonLimitAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        VietnamTime.EndOf((await calendars.GetAsync(cancellationToken)).AddWorkingDays(VietnamTime.DateOf(now), DueSoonWorkingDays)).ToUniversalTime();

    public static InboxUrgency Urgency(PetitionStatus status, DateTimeOffset? dueAt, bool paused, DateTimeOffset now, DateTimeOffset soon) =>
        paused || dueAt is not { } due || !Running.Contains(status) ? InboxUrgency.None
        : due < now ? InboxUrgency.Overdue
        : due <= soon ? InboxUrgency.DueSoon
        : InboxUrgency.None;

    private IQueryable<Petition> Filtered(InboxFilter filter, DepartmentScope scope)
    {
        var petitions = db.Petitions.AsNoTracking().VisibleIn(scope);
        petitions = filter.Status is { } status
            ? petitions.Where(p => p.Status == status)
            : petitions.Where(p => ToActOn.Contains(p.Status));
        if (filter.Kind is { } kind)
        {
            petitions = petitions.Where(p => p.Kind == kind);
        }
        if (filter.CenterId is { } centerId)
        {
            petitions = petitions.Where(p => p.CenterId == centerId);
        }
        if (filter.FieldId is { } fieldId)
        {
            petitions = petitions.Where(p => db.Procedures.Any(procedure => procedure.Id == p.ProcedureId && procedure.FieldId == fieldId));
        }
        if (filter.From is { } from)
        {
            var start = VietnamTime.StartOf(from).ToUniversalTime();
            petitions = petitions.Where(p => p.ReceivedAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = VietnamTime.EndOf(to).ToUniversalTime();
            petitions = petitions.Where(p => p.ReceivedAt < end);
        }
        return petitions;
    }
}
