using CchcFeedback.Core.Calendar;

namespace CchcFeedback.Core.Petitions.Deadlines;

/// <summary>The deadline of a petition's current step (PETITIONS.md, Kinds), on the calendar in force. A minimal
/// version for the inbox, with the default clocks of <see cref="PetitionClockOptions"/>; the deadlines work
/// replaces it.</summary>
public static class PetitionDeadlines
{
    private static readonly PetitionClockOptions Clocks = new();

    /// <param name="pausedWorkingDays">Days the clock stood still while the citizen was asked for information.</param>
    /// <param name="extensionWorkingDays">Days a manager added, with a reason.</param>
    public static DateTimeOffset DueAt(PetitionKind kind, DateTimeOffset startedAt, WorkingDayCalendar calendar, int pausedWorkingDays = 0, int extensionWorkingDays = 0)
    {
        var limit = kind switch
        {
            PetitionKind.KhieuNai => Clocks.ComplaintAcceptance,
            PetitionKind.GopY => Clocks.RemarkAnswer ?? Clocks.PetitionAnswer,
            _ => Clocks.PetitionAnswer,
        };
        var lastDay = calendar.Deadline(VietnamTime.DateOf(startedAt), limit);
        return VietnamTime.EndOf(calendar.AddWorkingDays(lastDay, pausedWorkingDays + extensionWorkingDays)).ToUniversalTime();
    }
}
