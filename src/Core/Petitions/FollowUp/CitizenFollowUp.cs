using System.Text.Json;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Petitions.Notifications;
using CchcFeedback.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Petitions.FollowUp;

/// <summary>What the holder of a tracking code may do once the department has answered: say whether the answer
/// satisfied them (once), or, if not, reopen the petition once within 15 days, with a reason; it then goes back
/// to the department's queue, and the citizen is told so (<see cref="PetitionNotifications.ReopenedAsync"/>). Each change is a conditional update with its event in one transaction, so two
/// clicks at once count once.</summary>
public partial class CitizenFollowUp(CchcDbContext db, IWorkingDayCalendarProvider calendars, PetitionNotifications notifications, OutboxDeliveryQueue delivery,
    TimeProvider clock, ILogger<CitizenFollowUp> logger)
{
    public const string Actor = "citizen";

    /// <summary>Steps of the history the public sees. Escalations, supporters and anything added later stay
    /// internal until someone decides they are fit to show.</summary>
    public static readonly IReadOnlyList<PetitionEventKind> PublicKinds =
    [
        PetitionEventKind.Received, PetitionEventKind.Routed, PetitionEventKind.Accepted, PetitionEventKind.Returned,
        PetitionEventKind.Transferred, PetitionEventKind.Answered, PetitionEventKind.Published, PetitionEventKind.Rated,
        PetitionEventKind.Reopened, PetitionEventKind.Closed, PetitionEventKind.Redacted,
    ];

    private const int TimelineLength = 30;

    public async Task<FollowUpState?> StateAsync(string? typedCode, CancellationToken cancellationToken = default)
    {
        var code = TrackingCode.Normalise(typedCode);
        return code is null
            ? null
            : await db.Petitions.AsNoTracking().Where(p => p.TrackingCode == code)
                .Select(p => new FollowUpState(p.Id, p.Kind, p.Status, p.AnsweredAt, p.AnswerSatisfied, p.ReopenedAt))
                .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The latest public steps, oldest first; never the actor, the reason or the data.</summary>
    public async Task<IReadOnlyList<PublicEvent>> TimelineAsync(Guid petitionId, CancellationToken cancellationToken = default)
    {
        var latest = await db.PetitionEvents.AsNoTracking()
            .Where(e => e.PetitionId == petitionId && PublicKinds.Contains(e.Kind))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(TimelineLength)
            .Select(e => new PublicEvent(e.At, e.Kind))
            .ToListAsync(cancellationToken);
        latest.Reverse();
        return latest;
    }

    public async Task<FollowUpOutcome> RateAsync(string? typedCode, bool satisfied, CancellationToken cancellationToken = default, Guid? surveyResponseId = null)
    {
        if (await StateAsync(typedCode, cancellationToken) is not { } state)
        {
            return FollowUpOutcome.NotFound;
        }
        if (state.WhyNotRate() is { } refused)
        {
            return refused;
        }
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var won = await db.Petitions
            .Where(p => p.Id == state.PetitionId && p.AnswerSatisfied == null && p.AnsweredAt != null
                && FollowUpState.AnsweredStatuses.Contains(p.Status))
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.AnswerSatisfied, satisfied)
                .SetProperty(p => p.AnswerRatedAt, now), cancellationToken);
        if (won == 0)
        {
            return FollowUpOutcome.AlreadyRated; // another click got there first
        }
        db.PetitionEvents.Add(new PetitionEvent
        {
            PetitionId = state.PetitionId,
            At = now,
            Kind = PetitionEventKind.Rated,
            Actor = Actor,
            Data = surveyResponseId is null ? JsonSerializer.Serialize(new { satisfied }) : JsonSerializer.Serialize(new { satisfied, surveyResponseId }),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogRated(state.PetitionId, satisfied);
        return FollowUpOutcome.Done;
    }

    /// <summary>Reopens an answered petition: back to its department with a new deadline, the reason kept on the
    /// row and in the event, and the answer counted as not satisfying.</summary>
    public async Task<FollowUpOutcome> ReopenAsync(string? typedCode, string? typedReason, CancellationToken cancellationToken = default)
    {
        if (await StateAsync(typedCode, cancellationToken) is not { } state)
        {
            return FollowUpOutcome.NotFound;
        }
        var now = clock.GetUtcNow();
        if (state.WhyNotReopen(now) is { } refused)
        {
            return refused;
        }
        var reason = PetitionValidator.Clean(typedReason);
        if (reason is null || reason.Length < FollowUpLimits.ReasonMinLength || reason.Length > FollowUpLimits.ReasonMaxLength
            || !TextInput.IsFreeText(reason))
        {
            return FollowUpOutcome.ReasonInvalid;
        }
        var answeredSince = VietnamTime.StartOf(VietnamTime.DateOf(now).AddDays(-FollowUpLimits.ReopenDays)).ToUniversalTime();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await CalendarLock.SharedAsync(db, cancellationToken);
        var dueAt = AnswerDeadline(state.Kind, now, await calendars.GetAsync(cancellationToken));
        var won = await db.Petitions
            .Where(p => p.Id == state.PetitionId && p.ReopenedAt == null && p.AnsweredAt >= answeredSince
                && FollowUpState.AnsweredStatuses.Contains(p.Status))
            .ExecuteUpdateAsync(set => set
                // Back to the department's queue; without a department, to the routing job's sweep.
                .SetProperty(p => p.Status, p => p.DepartmentId == null ? PetitionStatus.Received : PetitionStatus.Routed)
                .SetProperty(p => p.ReopenedAt, now)
                .SetProperty(p => p.ReopenReason, reason)
                .SetProperty(p => p.AnswerSatisfied, false)
                .SetProperty(p => p.AnswerRatedAt, p => p.AnswerRatedAt ?? now)
                .SetProperty(p => p.DueAt, dueAt), cancellationToken);
        if (won == 0)
        {
            return FollowUpOutcome.AlreadyReopened;
        }
        db.PetitionEvents.Add(new PetitionEvent
        {
            PetitionId = state.PetitionId,
            At = now,
            Kind = PetitionEventKind.Reopened,
            Actor = Actor,
            Reason = reason,
            Data = JsonSerializer.Serialize(new { answeredAt = state.AnsweredAt }),
        });
        await db.SaveChangesAsync(cancellationToken);
        var notified = await notifications.ReopenedAsync(state.PetitionId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (notified)
        {
            delivery.Nudge();
        }
        LogReopened(state.PetitionId);
        return FollowUpOutcome.Done;
    }

    /// <summary>The answering clock starts again on the day of the reopening, on the calendar in force.</summary>
    private static DateTimeOffset? AnswerDeadline(PetitionKind kind, DateTimeOffset reopenedAt, WorkingDayCalendar calendar)
    {
        var clocks = new PetitionClockOptions();
        var limit = kind is PetitionKind.PhanAnh or PetitionKind.KienNghi ? clocks.PetitionAnswer : clocks.RemarkAnswer;
        return limit is null ? null : calendar.Deadline(reopenedAt, limit).ToUniversalTime();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Petition {PetitionId}: the citizen rated the answer (satisfied: {Satisfied})")]
    private partial void LogRated(Guid petitionId, bool satisfied);

    [LoggerMessage(Level = LogLevel.Information, Message = "Petition {PetitionId} reopened by the citizen")]
    private partial void LogReopened(Guid petitionId);
}
