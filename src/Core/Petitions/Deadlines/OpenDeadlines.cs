using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Petitions.Deadlines;

/// <summary>Moves the deadlines of open petitions when the calendar changes (ADR 0004), in the caller's transaction.</summary>
public static class OpenDeadlines
{
    /// <summary>
    /// Each open petition keeps its clock and its working days beyond it: the legal deadline from its start is
    /// recomputed on <paramref name="after"/>, and the working days its stored deadline lay beyond the legal one on
    /// <paramref name="before"/> (clock paused, extensions) are added again. Working from the stored deadline rather
    /// than from the columns that made it keeps this right whichever action set it. A stored
    /// deadline earlier than the legal one was set by other means and is left alone. Returns how many moved.
    /// </summary>
    public static async Task<int> RecomputeAsync(CchcDbContext db, WorkingDayCalendar before, WorkingDayCalendar after,
        PetitionClockOptions clocks, CancellationToken cancellationToken = default)
    {
        var open = await db.Petitions.AsNoTracking()
            .Where(p => PetitionService.OpenStatuses.Contains(p.Status) && p.DueAt != null)
            .Select(p => new { p.Id, p.Kind, p.ReceivedAt, p.ReopenedAt, DueAt = p.DueAt!.Value })
            .ToListAsync(cancellationToken);
        var moved = 0;
        foreach (var petition in open)
        {
            var start = PetitionDeadlines.ClockStart(petition.ReceivedAt, petition.ReopenedAt);
            var legalBefore = PetitionDeadlines.DueAt(petition.Kind, start, before, clocks);
            var beyond = before.WorkingDaysBetween(PetitionDeadlines.LastDayOf(legalBefore), PetitionDeadlines.LastDayOf(petition.DueAt));
            if (beyond < 0)
            {
                continue;
            }
            var dueAt = PetitionDeadlines.DueAt(petition.Kind, start, after, clocks, extensionWorkingDays: beyond);
            if (dueAt == petition.DueAt)
            {
                continue;
            }
            // Conditional on the deadline read: a deadline changed meanwhile by a staff action stays as it was set.
            moved += await db.Petitions
                .Where(p => p.Id == petition.Id && p.DueAt == petition.DueAt)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.DueAt, dueAt), cancellationToken);
        }
        return moved;
    }
}
