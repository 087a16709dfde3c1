using CchcFeedback.Core.Calendar;

namespace CchcFeedback.Core.Tests.Calendar;

public class VietnamPublicHolidaysTests
{
    [Fact]
    public void ForYear_2026_GivesTheStatutoryDaysAndTheHungKingsCompensatoryMonday()
    {
        var holidays = VietnamPublicHolidays.ForYear(2026);

        Assert.Equal(
            [
                "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                "2026-04-26", "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02",
            ],
            holidays.Select(h => h.Date.ToString("yyyy-MM-dd")).Order());
        Assert.Equal([new DateOnly(2026, 4, 27)], holidays.Where(h => h.IsCompensatory).Select(h => h.Date));
    }

    [Fact]
    public void ForYear_DefaultTet_IsLastDayOfLunarYearAndFirstFourDaysOfTheNext()
    {
        var holidays = VietnamPublicHolidays.ForYear(2025);

        var tet = holidays.Where(h => h.Name == "Tết Nguyên Đán").Select(h => h.Date);
        Assert.Equal(
            [new DateOnly(2025, 1, 28), new DateOnly(2025, 1, 29), new DateOnly(2025, 1, 30), new DateOnly(2025, 1, 31), new DateOnly(2025, 2, 1)],
            tet);
    }

    [Fact]
    public void ForYear_HungKingsDayOnSunday_GivesCompensatoryMonday()
    {
        var holidays = VietnamPublicHolidays.ForYear(2026);

        var hungKings = Assert.Single(holidays, h => h.Name == "Giỗ Tổ Hùng Vương");
        Assert.Equal(new DateOnly(2026, 4, 26), hungKings.Date);
        Assert.Equal(DayOfWeek.Sunday, hungKings.Date.DayOfWeek);
        Assert.Contains(holidays, h => h.IsCompensatory && h.Date == new DateOnly(2026, 4, 27));
    }

    [Fact]
    public void ForYear_2023WeekendHolidaysBeforeMayDay_CompensateAfterMayDay()
    {
        // Hùng Kings' day on Saturday 29 April and 30 April on Sunday; 1 May (Monday) is itself a holiday, so the
        // two compensatory days are the Tuesday and Wednesday, as in the real 2023 schedule (29/4 to 3/5).
        var holidays = VietnamPublicHolidays.ForYear(2023);

        var compensatory = holidays.Where(h => h.IsCompensatory).Select(h => h.Date).ToList();
        Assert.Contains(new DateOnly(2023, 5, 2), compensatory);
        Assert.Contains(new DateOnly(2023, 5, 3), compensatory);
    }

    [Fact]
    public void ForYear_NationalDayOnSaturday_CompensatesOnMonday()
    {
        var holidays = VietnamPublicHolidays.ForYear(2023);

        Assert.Contains(holidays, h => !h.IsCompensatory && h.Date == new DateOnly(2023, 9, 1));
        Assert.Contains(holidays, h => h.IsCompensatory && h.Date == new DateOnly(2023, 9, 4));
    }

    [Fact]
    public void ForYear_AdjacentNationalDayAfter_GivesThirdSeptember()
    {
        var rules = PublicHolidayRules.Default with { NationalDayAdjacentDay = NationalDayAdjacentDay.DayAfter };

        var holidays = VietnamPublicHolidays.ForYear(2026, rules);

        Assert.Contains(holidays, h => h.Date == new DateOnly(2026, 9, 3));
        Assert.DoesNotContain(holidays, h => h.Date == new DateOnly(2026, 9, 1));
    }

    [Fact]
    public void ForYear_TetStartingTwoDaysEarly_ShiftsTheFiveDays()
    {
        var rules = PublicHolidayRules.Default with { TetDaysBeforeNewYear = 2 };

        var holidays = VietnamPublicHolidays.ForYear(2026, rules);

        var tet = holidays.Where(h => h.Name == "Tết Nguyên Đán").Select(h => h.Date).ToList();
        Assert.Equal(new DateOnly(2026, 2, 15), tet.First());
        Assert.Equal(new DateOnly(2026, 2, 19), tet.Last());
        Assert.Contains(holidays, h => h.IsCompensatory && h.Date == new DateOnly(2026, 2, 20));
    }

    [Fact]
    public void PublicHolidayRules_SixTetDaysBeforeNewYear_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicHolidayRules.Default with { TetDaysBeforeNewYear = 6 });
}
