namespace CchcFeedback.Core.Calendar;

public enum TimeLimitUnit
{
    WorkingDays,
    CalendarDays,
}
