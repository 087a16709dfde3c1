using System.Text.Json;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Localization;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Petitions.Notifications;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CchcFeedback.Core.Petitions.Handling;

/// <summary>Runs a staff action as one transaction: lock the petition's row, recognise a form handled before, check
/// the scope and the status, change the petition and append its one event, commit. Anything refused or failed
/// leaves the petition as it was.</summary>
public class PetitionActionRunner(
    CchcDbContext db, TimeProvider clock, PetitionNotifications notifications, OutboxDeliveryQueue delivery, IWorkingDayCalendarProvider calendars)
{
    private const string EventSubmissionIndex = "ix_petition_events_submission_id";

    internal async Task<PetitionActionResult> RunAsync(PetitionAction action, PetitionStep step, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The calendar lock before the row lock, in the order a calendar edit takes them, so that a deadline set
        // here is either seen by the edit's recomputation or computed on the edited calendar.
        await CalendarLock.SharedAsync(db, cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        // The row lock puts actions on one petition in a line: the second of two clicks sees the first's result,
        // and a retried form finds the event it wrote.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM petitions WHERE id = {action.PetitionId} FOR UPDATE", cancellationToken);
        if (action.ActionId != Guid.Empty && await db.PetitionEvents.AnyAsync(
                e => e.SubmissionId == action.ActionId && e.PetitionId == action.PetitionId && e.Actor == action.Actor, cancellationToken))
        {
            return PetitionActionResult.AlreadyDone;
        }
        var petition = await db.Petitions.VisibleIn(action.Scope).SingleOrDefaultAsync(p => p.Id == action.PetitionId, cancellationToken);
        if (petition is null)
        {
            return PetitionActionResult.NotFound;
        }
        if (!step.From.Contains(petition.Status))
        {
            return PetitionActionResult.Refused(new PetitionFieldError("",
                step.NotNow with { Arguments = [PetitionStatuses.Quoted(petition.Status)] }));
        }
        var now = clock.GetUtcNow();
        var outcome = await step.Apply(petition, new PetitionStepContext(now, calendar));
        if (outcome.Refusal is { } refusal)
        {
            db.ChangeTracker.Clear();
            return PetitionActionResult.Refused(refusal);
        }
        db.PetitionEvents.Add(new PetitionEvent
        {
            PetitionId = petition.Id,
            At = now,
            Kind = step.Event,
            Actor = action.Actor,
            Reason = outcome.Reason,
            Data = outcome.Data is null ? null : JsonSerializer.Serialize(outcome.Data),
            SubmissionId = action.ActionId == Guid.Empty ? null : action.ActionId,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: EventSubmissionIndex })
        {
            // The form's id belongs to an action on another petition: a forged or mixed-up form.
            db.ChangeTracker.Clear();
            return PetitionActionResult.Refused(new PetitionFieldError("",
                LocalizedText.Vi("Biểu mẫu này đã được dùng cho một ý kiến khác. Xin mở lại trang và thử lại.")));
        }
        var notified = await NotifyCitizenAsync(petition.Id, step.Event, now, outcome.Reason, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (notified)
        {
            delivery.Nudge();
        }
        return PetitionActionResult.Done;
    }

    /// <summary>The deadline with the days the clock stood still and the days managers added. Counted from the
    /// receipt (ADR 0004), so a transfer does not give the next department a fresh clock at the citizen's cost.</summary>
    internal static void RecomputeDeadline(Petition petition, WorkingDayCalendar calendar) =>
        petition.DueAt = Deadlines.PetitionDeadlines.DueAt(petition.Kind, Deadlines.PetitionDeadlines.ClockStart(petition.ReceivedAt, petition.ReopenedAt),
            calendar, petition.PausedWorkingDays, petition.ExtensionWorkingDays);

    /// <summary>The citizen hears of an answer and of a question, in the action's own transaction.</summary>
    private Task<bool> NotifyCitizenAsync(Guid petitionId, PetitionEventKind kind, DateTimeOffset now, string? reason, CancellationToken cancellationToken) =>
        kind switch
        {
            PetitionEventKind.Answered => notifications.AnsweredAsync(petitionId, cancellationToken),
            PetitionEventKind.InfoRequested => notifications.InfoRequestedAsync(petitionId, now, reason, cancellationToken),
            _ => Task.FromResult(false),
        };
}
