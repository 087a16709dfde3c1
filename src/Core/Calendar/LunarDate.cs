namespace CchcFeedback.Core.Calendar;

/// <summary>A date of the Vietnamese lunar calendar. <see cref="Year"/> is the lunar year that begins at the Tết
/// of that Gregorian year, so the 12th month of lunar year 2025 ends in February 2026.</summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    public override string ToString() => $"{Day}/{Month}{(IsLeapMonth ? " (nhuận)" : "")}/{Year}";
}
