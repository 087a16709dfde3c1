using CchcFeedback.Core.Calendar;

namespace CchcFeedback.Core.Petitions.Deadlines;

/// <summary>
/// The legal deadline of a petition's current step (PETITIONS.md), counted as ADR 0004 says: the instant the clock
/// starts (the petition's receipt) is cut to its Vietnamese date, that day is not counted, and the deadline runs out
/// at 24:00 Vietnamese time of its last day, returned in UTC as PostgreSQL stores it. Days the clock was paused
/// (waiting for the citizen) and days of a manager's extension are working days added after the legal limit.
/// </summary>
public static class PetitionDeadlines
{
    /// <summary>The clocks of the law, used when no configuration is at hand.</summary>
    public static PetitionClockOptions LegalClocks { get; } = new();

    /// <summary>Statuses in which a department's clock runs: what the escalation job watches.</summary>
    public static readonly IReadOnlyList<PetitionStatus> RunningStatuses = [PetitionStatus.Routed, PetitionStatus.Accepted];

    public static DateTimeOffset DueAt(PetitionKind kind, DateTimeOffset startedAt, WorkingDayCalendar calendar,
        int pausedWorkingDays = 0, int extensionWorkingDays = 0) =>
        DueAt(kind, startedAt, calendar, LegalClocks, pausedWorkingDays, extensionWorkingDays);

    /// <summary>As the other overload, with the configured clocks (<see cref="PetitionClockOptions"/>).</summary>
    public static DateTimeOffset DueAt(PetitionKind kind, DateTimeOffset startedAt, WorkingDayCalendar calendar,
        PetitionClockOptions clocks, int pausedWorkingDays = 0, int extensionWorkingDays = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pausedWorkingDays);
        ArgumentOutOfRangeException.ThrowIfNegative(extensionWorkingDays);
        var lastDay = calendar.Deadline(VietnamTime.DateOf(startedAt), ClockOf(kind, clocks));
        return VietnamTime.EndOf(calendar.AddWorkingDays(lastDay, pausedWorkingDays + extensionWorkingDays)).ToUniversalTime();
    }

    /// <summary>A khiếu nại's second step: the decision, within 30 days of its acceptance (45 when complex; Law on
    /// Complaints 2011, Art. 28). <see cref="DueAt(PetitionKind, DateTimeOffset, WorkingDayCalendar, int, int)"/>
    /// gives its first step, the acceptance.</summary>
    public static DateTimeOffset ComplaintDecisionDueAt(DateTimeOffset acceptedAt, bool complex, WorkingDayCalendar calendar,
        PetitionClockOptions? clocks = null)
    {
        clocks ??= LegalClocks;
        return calendar.Deadline(acceptedAt, complex ? clocks.ComplexComplaintDecision : clocks.ComplaintDecision).ToUniversalTime();
    }

    /// <summary>The time limit of a kind's first step once a department has it.</summary>
    public static TimeLimit ClockOf(PetitionKind kind, PetitionClockOptions clocks) => kind switch
    {
        PetitionKind.PhanAnh or PetitionKind.KienNghi => clocks.PetitionAnswer,
        PetitionKind.GopY => clocks.RemarkAnswer ?? clocks.PetitionAnswer,
        PetitionKind.KhieuNai => clocks.ComplaintAcceptance,
        PetitionKind.ToCao => clocks.DenunciationAcceptance,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>When a petition's clock starts: its receipt, or its reopening by a citizen not satisfied with the
    /// answer, which gives the department the answering clock again (PETITIONS.md, Workflow).</summary>
    public static DateTimeOffset ClockStart(DateTimeOffset receivedAt, DateTimeOffset? reopenedAt) => reopenedAt ?? receivedAt;

    /// <summary>The last day on which the petition is still on time (the Vietnamese date before 24:00).</summary>
    public static DateOnly LastDayOf(DateTimeOffset dueAt) => VietnamTime.DateOf(dueAt.AddTicks(-1));
}
