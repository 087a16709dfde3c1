namespace CchcFeedback.Core.Calendar;

/// <summary>The calendar in force: the generated holidays with the managers' edits of <c>calendar_days</c> applied.</summary>
public interface IWorkingDayCalendarProvider
{
    Task<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Forgets the cached calendar, so that the next <see cref="GetAsync"/> reads the edits again.</summary>
    void Invalidate();
}
