using CchcFeedback.Core.Calendar;

namespace CchcFeedback.Core.Tests.Calendar;

public class WorkingDayCalendarTests
{
    [Theory]
    [InlineData("2026-02-13", true)]
    [InlineData("2026-02-14", false)]
    [InlineData("2026-02-16", false)]
    [InlineData("2026-02-20", false)]
    [InlineData("2026-02-23", true)]
    [InlineData("2026-04-27", false)]
    [InlineData("2026-09-01", false)]
    [InlineData("2026-09-02", false)]
    [InlineData("2026-09-03", true)]
    public void IsWorkingDay_DefaultCalendar2026_FollowsGeneratedHolidays(string date, bool expected)
    {
        var calendar = new WorkingDayCalendar();

        var isWorkingDay = calendar.IsWorkingDay(DateOnly.Parse(date));

        Assert.Equal(expected, isWorkingDay);
    }

    [Fact]
    public void AddWorkingDays_TenFromFridayBeforeTet2026_SkipsTheTetDays()
    {
        var calendar = new WorkingDayCalendar();

        var deadline = calendar.AddWorkingDays(new DateOnly(2026, 2, 13), 10);

        Assert.Equal(new DateOnly(2026, 3, 6), deadline);
    }

    [Fact]
    public void AddWorkingDays_SwappedSaturdayIsWorked_CountsIt()
    {
        var calendar = new WorkingDayCalendar(
            [CalendarAdjustment.WorkingDay(new DateOnly(2026, 2, 7), "Làm bù cho ngày nghỉ Tết (test)")]);

        var deadline = calendar.AddWorkingDays(new DateOnly(2026, 2, 5), 3);

        Assert.Equal(new DateOnly(2026, 2, 9), deadline);
    }

    [Fact]
    public void AddWorkingDays_AcrossTetWithTheSwapOfTheTest_SkipsAddedHolidayAndCountsWorkedSaturday()
    {
        // A schedule set up for this test only: Tết runs on to Monday 23 February, made up on Saturday 28 February.
        var calendar = new WorkingDayCalendar(
        [
            CalendarAdjustment.Holiday(new DateOnly(2026, 2, 23), "Nghỉ Tết (test)"),
            CalendarAdjustment.WorkingDay(new DateOnly(2026, 2, 28), "Làm bù (test)"),
        ]);

        var deadline = calendar.AddWorkingDays(new DateOnly(2026, 2, 13), 5);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 23)));
        Assert.Equal(new DateOnly(2026, 2, 28), deadline);
    }

    [Fact]
    public void AddWorkingDays_AcrossNationalDay2026_SkipsFirstAndSecondSeptember()
    {
        var calendar = new WorkingDayCalendar();

        var deadline = calendar.AddWorkingDays(new DateOnly(2026, 8, 31), 3);

        Assert.Equal(DayOfWeek.Wednesday, new DateOnly(2026, 9, 2).DayOfWeek);
        Assert.Equal(new DateOnly(2026, 9, 7), deadline);
    }

    [Fact]
    public void AddWorkingDays_AcrossHungKingsOnSunday_SkipsCompensatoryMonday()
    {
        var calendar = new WorkingDayCalendar();

        var deadline = calendar.AddWorkingDays(new DateOnly(2026, 4, 24), 1);

        Assert.Equal(new DateOnly(2026, 4, 28), deadline);
    }

    [Fact]
    public void AddWorkingDays_ReceivedOnSaturday_CountsFromMondayLikeAFridayReceipt()
    {
        var calendar = new WorkingDayCalendar();

        var fromSaturday = calendar.AddWorkingDays(new DateOnly(2026, 3, 7), 10);
        var fromFriday = calendar.AddWorkingDays(new DateOnly(2026, 3, 6), 10);

        Assert.Equal(new DateOnly(2026, 3, 20), fromSaturday);
        Assert.Equal(fromFriday, fromSaturday);
    }

    [Fact]
    public void AddWorkingDays_AcrossNewYear_UsesTheNextYearsHolidays()
    {
        var calendar = new WorkingDayCalendar();

        var deadline = calendar.AddWorkingDays(new DateOnly(2026, 12, 30), 2);

        Assert.Equal(new DateOnly(2027, 1, 4), deadline);
    }

    [Fact]
    public void AddWorkingDays_NegativeDays_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkingDayCalendar().AddWorkingDays(new DateOnly(2026, 3, 2), -1));

    [Fact]
    public void WorkingDaysBetween_DeadlineAcrossTet_IsTheDaysAdded()
    {
        var calendar = new WorkingDayCalendar();
        var received = new DateOnly(2026, 2, 13);

        var count = calendar.WorkingDaysBetween(received, calendar.AddWorkingDays(received, 10));

        Assert.Equal(10, count);
    }

    [Fact]
    public void WorkingDaysBetween_ToBeforeFrom_IsNegative()
    {
        var calendar = new WorkingDayCalendar();

        var count = calendar.WorkingDaysBetween(new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 6));

        Assert.Equal(-5, count);
    }

    [Fact]
    public void WithAdjustments_NewHolidayBeforeDeadline_MovesTheDeadline()
    {
        var calendar = new WorkingDayCalendar();
        var received = new DateOnly(2026, 3, 5);
        var before = calendar.AddWorkingDays(received, 10);

        var rebuilt = calendar.WithAdjustments([CalendarAdjustment.Holiday(new DateOnly(2026, 3, 10), "Nghỉ (test)")]);
        var after = rebuilt.AddWorkingDays(received, 10);

        Assert.Equal(new DateOnly(2026, 3, 19), before);
        Assert.Equal(new DateOnly(2026, 3, 20), after);
    }

    [Fact]
    public void IsWorkingDay_GeneratedHolidayRemovedAndAnotherAdded_FollowsTheAdjustments()
    {
        var calendar = new WorkingDayCalendar(
        [
            CalendarAdjustment.Removed(new DateOnly(2026, 9, 1), "Nghỉ ngày 3/9 thay cho 1/9 (test)"),
            CalendarAdjustment.Holiday(new DateOnly(2026, 9, 3), "Quốc khánh (test)"),
        ]);

        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 9, 1)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 9, 2)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 9, 3)));
    }

    [Fact]
    public void Constructor_TwoAdjustmentsForOneDate_Throws() =>
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar(
        [
            CalendarAdjustment.Holiday(new DateOnly(2026, 3, 2), "a"),
            CalendarAdjustment.WorkingDay(new DateOnly(2026, 3, 2), "b"),
        ]));

    [Fact]
    public void Deadline_CalendarDaysEndingOnHungKingsDay_RunsOnToNextWorkingDay()
    {
        var calendar = new WorkingDayCalendar();

        var deadline = calendar.Deadline(new DateOnly(2026, 4, 16), TimeLimit.CalendarDays(10));

        Assert.Equal(new DateOnly(2026, 4, 28), deadline);
    }

    [Fact]
    public void Deadline_InstantJustAfterVietnameseMidnight_CountsFromTheVietnameseDay()
    {
        var calendar = new WorkingDayCalendar();
        var receivedAt = new DateTimeOffset(2026, 3, 4, 17, 30, 0, TimeSpan.Zero);

        var deadline = calendar.Deadline(receivedAt, TimeLimit.WorkingDays(10));

        Assert.Equal(new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.FromHours(7)), deadline);
        Assert.Equal(new DateTimeOffset(2026, 3, 19, 17, 0, 0, TimeSpan.Zero), deadline);
    }

    [Fact]
    public void Deadline_InstantJustBeforeVietnameseMidnight_CountsFromThatDay()
    {
        var calendar = new WorkingDayCalendar();
        var receivedAt = new DateTimeOffset(2026, 3, 4, 16, 59, 59, TimeSpan.Zero);

        var deadline = calendar.Deadline(receivedAt, TimeLimit.WorkingDays(10));

        Assert.Equal(new DateTimeOffset(2026, 3, 18, 17, 0, 0, TimeSpan.Zero), deadline);
    }

    [Fact]
    public void WorkingDaysBetween_InstantsAroundVietnameseMidnight_CountsVietnameseDays()
    {
        var calendar = new WorkingDayCalendar();
        var thursdayEvening = new DateTimeOffset(2026, 3, 5, 16, 0, 0, TimeSpan.Zero);
        var fridayEarlyMorning = new DateTimeOffset(2026, 3, 5, 17, 30, 0, TimeSpan.Zero);

        var count = calendar.WorkingDaysBetween(thursdayEvening, fridayEarlyMorning);

        Assert.Equal(1, count);
    }
}
