using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Calendar;

/// <summary>A manager's edits of the calendar. Each edit, its audit event and the open deadlines it moves commit
/// in one transaction, under the exclusive <see cref="CalendarLock"/>.</summary>
public class CalendarDayService(
    CchcDbContext db, AuditLog audit, IWorkingDayCalendarProvider calendars, IOptions<PetitionClockOptions> clocks, TimeProvider clock)
{
    /// <summary>Adds the edit of a day, or replaces the one it had. Returns how many open deadlines moved.</summary>
    /// <exception cref="ArgumentException">The note is empty or longer than <see cref="CalendarDay.NoteMaxLength"/>.</exception>
    public async Task<int> SetAsync(DateOnly date, CalendarAdjustmentKind kind, string note, string actor, CancellationToken cancellationToken = default)
    {
        note = note.Trim();
        if (note.Length is 0 or > CalendarDay.NoteMaxLength || !Enum.IsDefined(kind))
        {
            throw new ArgumentException($"A note of 1 to {CalendarDay.NoteMaxLength} characters and a known kind are required.", nameof(note));
        }
        return await EditAsync(date, actor, AuditActions.CalendarDaySet, async existing =>
        {
            var previous = existing is null ? null : new { kind = SnakeCaseEnum.ToName(existing.Kind), note = existing.Note };
            if (existing is null)
            {
                existing = new CalendarDay { Date = date, Note = note, ChangedBy = actor };
                db.CalendarDays.Add(existing);
            }
            existing.Kind = kind;
            existing.Note = note;
            existing.ChangedAt = clock.GetUtcNow();
            existing.ChangedBy = actor;
            await db.SaveChangesAsync(cancellationToken);
            return new { kind = SnakeCaseEnum.ToName(kind), note, previous };
        }, cancellationToken) ?? 0;
    }

    /// <summary>Removes the edit of a day, so that the generated calendar holds again. Returns how many open
    /// deadlines moved, or null when the day had no edit (another manager removed it first).</summary>
    public Task<int?> RemoveAsync(DateOnly date, string actor, CancellationToken cancellationToken = default) =>
        EditAsync(date, actor, AuditActions.CalendarDayRemoved, async existing =>
        {
            if (existing is null)
            {
                return null;
            }
            db.CalendarDays.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
            return new { kind = SnakeCaseEnum.ToName(existing.Kind), note = existing.Note };
        }, cancellationToken);

    /// <summary>Runs <paramref name="change"/> on the day's row (null when none) inside the locked transaction;
    /// a null result from it means nothing changed.</summary>
    private async Task<int?> EditAsync(DateOnly date, string actor, string action, Func<CalendarDay?, Task<object?>> change,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await CalendarLock.ExclusiveAsync(db, cancellationToken);
        var before = await CachedWorkingDayCalendarProvider.LoadAsync(db, cancellationToken);
        var existing = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == date, cancellationToken);
        var details = await change(existing);
        if (details is null)
        {
            return null;
        }
        var after = await CachedWorkingDayCalendarProvider.LoadAsync(db, cancellationToken);
        var moved = await OpenDeadlines.RecomputeAsync(db, before, after, clocks.Value, cancellationToken);
        audit.Record(actor, action, $"calendar_day:{date:yyyy-MM-dd}", new { change = details, movedDeadlines = moved });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        calendars.Invalidate();
        return moved;
    }
}
