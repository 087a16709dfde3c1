namespace CchcFeedback.Core.Calendar;

/// <summary>A legal time limit: so many working days, or so many calendar days. The properties have init
/// accessors so that configuration can bind them.</summary>
public sealed record TimeLimit
{
    public int Days
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(Days));
            field = value;
        }
    }

    public TimeLimitUnit Unit { get; init; }

    public static TimeLimit WorkingDays(int days) => new() { Days = days, Unit = TimeLimitUnit.WorkingDays };

    public static TimeLimit CalendarDays(int days) => new() { Days = days, Unit = TimeLimitUnit.CalendarDays };

    public override string ToString() => $"{Days} {(Unit == TimeLimitUnit.WorkingDays ? "working" : "calendar")} days";
}
