using CchcFeedback.Core.Calendar;

namespace CchcFeedback.Core.Tests.Calendar;

public class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(1985, "1985-01-21")]
    public void ToGregorian_LunarNewYearsDay_IsTet(int lunarYear, string tet)
    {
        var date = VietnameseLunarCalendar.ToGregorian(lunarYear, 1, 1);

        Assert.Equal(DateOnly.Parse(tet), date);
    }

    [Theory]
    [InlineData("2026-02-17", 2026)]
    [InlineData("1985-01-21", 1985)]
    public void ToLunar_Tet_IsFirstDayOfFirstMonth(string tet, int lunarYear)
    {
        var lunar = VietnameseLunarCalendar.ToLunar(DateOnly.Parse(tet));

        Assert.Equal(new LunarDate(lunarYear, 1, 1), lunar);
    }

    [Theory]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void ToGregorian_TenthDayOfThirdMonth_IsHungKingsDay(int lunarYear, string expected)
    {
        var date = VietnameseLunarCalendar.ToGregorian(lunarYear, 3, 10);

        Assert.Equal(DateOnly.Parse(expected), date);
    }

    [Fact]
    public void ToLunar_DayBeforeTet2026_IsLastDayOfTwentyNineDayTwelfthMonth()
    {
        var lunar = VietnameseLunarCalendar.ToLunar(new DateOnly(2026, 2, 16));

        Assert.Equal(new LunarDate(2025, 12, 29), lunar);
        Assert.Equal(29, VietnameseLunarCalendar.DaysInMonth(2025, 12));
    }

    [Fact]
    public void ToLunar_Tet1985InChineseTime_IsStillTwelfthMonth()
    {
        // The winter solstice of 1984 fell before midnight in UTC+7 but after it in UTC+8, so China counted
        // month 11 one month later and its Tết came on 20 February 1985, a month after Vietnam's.
        var lunar = VietnameseLunarCalendar.ToLunar(new DateOnly(1985, 1, 21), utcOffsetHours: 8);
        var chineseTet = VietnameseLunarCalendar.ToGregorian(1985, 1, 1, leapMonth: false, utcOffsetHours: 8);

        Assert.Equal(new LunarDate(1984, 12, 1), lunar);
        Assert.Equal(new DateOnly(1985, 2, 20), chineseTet);
    }

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    public void LeapMonth_YearOfThirteenMonths_IsThatMonth(int lunarYear, int leapMonth)
    {
        var month = VietnameseLunarCalendar.LeapMonth(lunarYear);

        Assert.Equal(leapMonth, month);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2026)]
    public void LeapMonth_YearOfTwelveMonths_IsNull(int lunarYear)
    {
        var month = VietnameseLunarCalendar.LeapMonth(lunarYear);

        Assert.Null(month);
    }

    [Fact]
    public void ToGregorian_LeapSixthMonth2025_FollowsTheOrdinarySixthMonth()
    {
        var sixth = VietnameseLunarCalendar.ToGregorian(2025, 6, 1);
        var leapSixth = VietnameseLunarCalendar.ToGregorian(2025, 6, 1, leapMonth: true);
        var seventh = VietnameseLunarCalendar.ToGregorian(2025, 7, 1);

        Assert.Equal(new DateOnly(2025, 6, 25), sixth);
        Assert.Equal(new DateOnly(2025, 7, 25), leapSixth);
        Assert.Equal(new DateOnly(2025, 8, 23), seventh);
    }

    [Fact]
    public void ToLunar_DayInLeapSecondMonth2023_IsMarkedLeap()
    {
        var lunar = VietnameseLunarCalendar.ToLunar(new DateOnly(2023, 4, 1));

        Assert.Equal(new LunarDate(2023, 2, 11, IsLeapMonth: true), lunar);
        Assert.Equal(new DateOnly(2023, 3, 22), VietnameseLunarCalendar.ToGregorian(2023, 2, 1, leapMonth: true));
    }

    [Fact]
    public void ToGregorian_LeapMonthTheYearLacks_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToGregorian(2024, 2, 1, leapMonth: true));

    [Fact]
    public void ToGregorian_ThirtiethDayOfTwentyNineDayMonth_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToGregorian(2025, 12, 30));

    [Fact]
    public void ToGregorian_FirstOfEveryMonth1900To2100_RoundTripsThroughToLunar()
    {
        var failures = new List<string>();
        DateOnly? previousStart = null;
        for (var year = 1900; year <= 2100; year++)
        {
            var leapMonth = VietnameseLunarCalendar.LeapMonth(year);
            foreach (var (month, isLeap) in MonthsOf(leapMonth))
            {
                var start = VietnameseLunarCalendar.ToGregorian(year, month, 1, isLeap);
                var back = VietnameseLunarCalendar.ToLunar(start);
                var gap = previousStart is { } previous ? start.DayNumber - previous.DayNumber : 29;
                if (back != new LunarDate(year, month, 1, isLeap) || gap is not (29 or 30))
                {
                    failures.Add($"{month}{(isLeap ? "L" : "")}/{year}: {start} -> {back}, {gap} days after the month before");
                }

                previousStart = start;
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void ToLunar_EveryDay2000To2030_RoundTripsThroughToGregorian()
    {
        var failures = new List<string>();
        for (var day = new DateOnly(2000, 1, 1); day <= new DateOnly(2030, 12, 31); day = day.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.ToLunar(day);
            if (VietnameseLunarCalendar.ToGregorian(lunar) != day)
            {
                failures.Add($"{day} -> {lunar}");
            }
        }

        Assert.Empty(failures);
    }

    private static IEnumerable<(int Month, bool IsLeap)> MonthsOf(int? leapMonth)
    {
        for (var month = 1; month <= 12; month++)
        {
            yield return (month, false);
            if (month == leapMonth)
            {
                yield return (month, true);
            }
        }
    }
}
