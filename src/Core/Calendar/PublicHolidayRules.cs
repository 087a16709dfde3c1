namespace CchcFeedback.Core.Calendar;

/// <summary>
/// The choices the Labour Code 2019 (Art. 112(3)) leaves to the Prime Minister, who fixes the exact Tết and
/// National Day days each year. The defaults are this system's guess until the year's announcement is entered as
/// <see cref="CalendarAdjustment"/>s: Tết is the last day of the lunar year plus the first four days of the new
/// one, and National Day is 1 and 2 September.
/// </summary>
public sealed record PublicHolidayRules
{
    public static PublicHolidayRules Default { get; } = new();

    /// <summary>How many of the five Tết days come before lunar new year's day (0 to 5).</summary>
    public int TetDaysBeforeNewYear
    {
        get;
        init => field = value is >= 0 and <= VietnamPublicHolidays.TetDays
            ? value
            : throw new ArgumentOutOfRangeException(nameof(TetDaysBeforeNewYear), value, "Tết has five days.");
    } = 1;

    public NationalDayAdjacentDay NationalDayAdjacentDay { get; init; } = NationalDayAdjacentDay.DayBefore;
}
