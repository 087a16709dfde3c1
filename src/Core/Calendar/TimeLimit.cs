namespace CchcFeedback.Core.Calendar;

/// <summary>A legal time limit: so many working days, or so many calendar days.</summary>
public sealed record TimeLimit
{
    public TimeLimit(int days, TimeLimitUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        Days = days;
        Unit = unit;
    }

    public int Days { get; }

    public TimeLimitUnit Unit { get; }

    public static TimeLimit WorkingDays(int days) => new(days, TimeLimitUnit.WorkingDays);

    public static TimeLimit CalendarDays(int days) => new(days, TimeLimitUnit.CalendarDays);

    public override string ToString() => $"{Days} {(Unit == TimeLimitUnit.WorkingDays ? "working" : "calendar")} days";
}
