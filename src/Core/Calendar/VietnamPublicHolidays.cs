namespace CchcFeedback.Core.Calendar;

/// <summary>
/// The public holidays of the Labour Code 2019 (45/2019/QH14, Art. 112(1), in force from 2021), which also bind
/// civil servants: New Year, five days of Tết, Hùng Kings' day (10/3 lunar), 30 April, 1 May, and 2 September
/// with one adjacent day. Years before 2021 followed earlier rules and are not reproduced.
/// </summary>
public static class VietnamPublicHolidays
{
    public const int TetDays = 5;

    public static IReadOnlyList<PublicHoliday> ForYear(int year, PublicHolidayRules? rules = null)
    {
        rules ??= PublicHolidayRules.Default;
        var statutory = new List<PublicHoliday> { new(new DateOnly(year, 1, 1), "Tết Dương lịch") };

        var newYearsDay = VietnameseLunarCalendar.ToGregorian(year, 1, 1);
        var firstTetDay = newYearsDay.AddDays(-rules.TetDaysBeforeNewYear);
        for (var i = 0; i < TetDays; i++)
        {
            statutory.Add(new PublicHoliday(firstTetDay.AddDays(i), "Tết Nguyên Đán"));
        }

        statutory.Add(new PublicHoliday(VietnameseLunarCalendar.ToGregorian(year, 3, 10), "Giỗ Tổ Hùng Vương"));
        statutory.Add(new PublicHoliday(new DateOnly(year, 4, 30), "Ngày Chiến thắng"));
        statutory.Add(new PublicHoliday(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động"));
        var nationalDay = new DateOnly(year, 9, 2);
        var adjacentDay = rules.NationalDayAdjacentDay == NationalDayAdjacentDay.DayBefore
            ? nationalDay.AddDays(-1)
            : nationalDay.AddDays(1);
        statutory.Add(new PublicHoliday(nationalDay, "Quốc khánh"));
        statutory.Add(new PublicHoliday(adjacentDay, "Quốc khánh"));

        statutory.Sort((a, b) => a.Date.CompareTo(b.Date));
        return [.. statutory, .. CompensatoryDays(statutory)];
    }

    /// <summary>Labour Code 2019 Art. 111(3): a holiday that falls on the weekly rest day is made up on the next
    /// working day. Civil servants rest on Saturday and Sunday (Decision 188/1999/QĐ-TTg), so each such
    /// holiday gives the next weekday that is neither a holiday nor already a compensatory day.</summary>
    private static List<PublicHoliday> CompensatoryDays(List<PublicHoliday> statutory)
    {
        var taken = statutory.Select(h => h.Date).ToHashSet();
        var compensatory = new List<PublicHoliday>();
        foreach (var holiday in statutory.Where(h => IsWeekend(h.Date)))
        {
            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || taken.Contains(day))
            {
                day = day.AddDays(1);
            }

            taken.Add(day);
            compensatory.Add(new PublicHoliday(day, $"Nghỉ bù {holiday.Name}", IsCompensatory: true));
        }

        return compensatory;
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
