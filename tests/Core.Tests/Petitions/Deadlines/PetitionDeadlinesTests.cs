using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Deadlines;

namespace CchcFeedback.Core.Tests.Petitions.Deadlines;

public class PetitionDeadlinesTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>24:00 Vietnamese time of the day: the instant a deadline ending that day runs out.</summary>
    private static DateTimeOffset EndOf(int year, int month, int day) => new DateTimeOffset(year, month, day, 0, 0, 0, Vietnam).AddDays(1);

    [Theory]
    // Tết 2026: lunar new year's day is Tuesday 17 February; the default Tết days are Monday 16 to Friday 20.
    [InlineData("2026-02-12T10:00:00+07:00", "2026-03-05")] // Thursday before Tết: Friday 13 is day 1
    [InlineData("2026-02-13T14:00:00+07:00", "2026-03-06")] // Friday before Tết: day 1 is Monday 23 February
    [InlineData("2026-02-14T09:00:00+07:00", "2026-03-06")] // Saturday: the same deadline as the Friday before
    [InlineData("2026-02-18T09:00:00+07:00", "2026-03-06")] // a Tết day: counted from the first working day after
    [InlineData("2026-02-12T23:30:00+00:00", "2026-03-06")] // 23:30 UTC on Thursday is Friday 06:30 in Vietnam
    public void DueAt_PhanAnhAroundTet2026_TenWorkingDaysAfterTheVietnameseDayOfReceipt(string receivedAt, string lastDay)
    {
        var dueAt = PetitionDeadlines.DueAt(PetitionKind.PhanAnh, DateTimeOffset.Parse(receivedAt), new WorkingDayCalendar());

        var day = DateOnly.Parse(lastDay);
        Assert.Equal(EndOf(day.Year, day.Month, day.Day), dueAt);
        Assert.Equal(TimeSpan.Zero, dueAt.Offset);
        Assert.Equal(day, PetitionDeadlines.LastDayOf(dueAt));
    }

    [Fact]
    public void DueAt_SaturdayAfterTetWorkedAsASwappedDay_CountsItAndEndsADayEarlier()
    {
        // A schedule made for this test: Saturday 28 February 2026 is worked to make up for a day off.
        var calendar = new WorkingDayCalendar([CalendarAdjustment.WorkingDay(new DateOnly(2026, 2, 28), "Làm bù (thử nghiệm)")]);

        var dueAt = PetitionDeadlines.DueAt(PetitionKind.KienNghi, new DateTimeOffset(2026, 2, 13, 14, 0, 0, Vietnam), calendar);

        Assert.Equal(EndOf(2026, 3, 5), dueAt);
    }

    [Fact]
    public void DueAt_AcrossHungKingsDayOnASundayAndThirtiethOfApril2026_SkipsTheCompensatoryMondayAndTheHolidays()
    {
        // 10/3 lunar is Sunday 26 April 2026, made up on Monday 27; 30 April and 1 May are Thursday and Friday.
        var dueAt = PetitionDeadlines.DueAt(PetitionKind.PhanAnh, new DateTimeOffset(2026, 4, 22, 9, 0, 0, Vietnam), new WorkingDayCalendar());

        Assert.Equal(EndOf(2026, 5, 11), dueAt);
    }

    [Fact]
    public void DueAt_KhieuNaiWhoseTenCalendarDaysEndOnATetDay_RunsOnToTheNextWorkingDay()
    {
        // Received Tuesday 10 February 2026: day 10 is Friday 20 February, the last Tết day (Civil Code, Art. 148).
        var dueAt = PetitionDeadlines.DueAt(PetitionKind.KhieuNai, new DateTimeOffset(2026, 2, 10, 9, 0, 0, Vietnam), new WorkingDayCalendar());

        Assert.Equal(EndOf(2026, 2, 23), dueAt);
    }

    [Fact]
    public void DueAt_ToCaoBeforeTet2026_SevenWorkingDays()
    {
        var dueAt = PetitionDeadlines.DueAt(PetitionKind.ToCao, new DateTimeOffset(2026, 2, 13, 9, 0, 0, Vietnam), new WorkingDayCalendar());

        Assert.Equal(EndOf(2026, 3, 3), dueAt);
    }

    [Fact]
    public void DueAt_GopYWithoutAConfiguredClock_TakesTheAnswerClock()
    {
        var receivedAt = new DateTimeOffset(2026, 2, 13, 9, 0, 0, Vietnam);
        var calendar = new WorkingDayCalendar();

        Assert.Equal(PetitionDeadlines.DueAt(PetitionKind.PhanAnh, receivedAt, calendar), PetitionDeadlines.DueAt(PetitionKind.GopY, receivedAt, calendar));
    }

    [Fact]
    public void DueAt_PausedAndExtendedWorkingDays_AreAddedAfterTheLegalLimit()
    {
        var dueAt = PetitionDeadlines.DueAt(PetitionKind.PhanAnh, new DateTimeOffset(2026, 2, 13, 9, 0, 0, Vietnam), new WorkingDayCalendar(),
            pausedWorkingDays: 2, extensionWorkingDays: 3);

        Assert.Equal(EndOf(2026, 3, 13), dueAt);
    }

    [Fact]
    public void DueAt_ConfiguredAnswerClock_IsUsed()
    {
        var clocks = new PetitionClockOptions { PetitionAnswer = TimeLimit.WorkingDays(15) };

        var dueAt = PetitionDeadlines.DueAt(PetitionKind.PhanAnh, new DateTimeOffset(2026, 2, 13, 9, 0, 0, Vietnam), new WorkingDayCalendar(), clocks);

        Assert.Equal(EndOf(2026, 3, 13), dueAt);
    }

    [Fact]
    public void DueAt_NegativePausedDays_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            PetitionDeadlines.DueAt(PetitionKind.PhanAnh, DateTimeOffset.UnixEpoch, new WorkingDayCalendar(), pausedWorkingDays: -1));
    }

    [Theory]
    [InlineData(false, "2026-04-01")] // 30 days after Monday 2 March 2026
    [InlineData(true, "2026-04-16")]  // 45 days when complex
    public void ComplaintDecisionDueAt_AcceptedSecondOfMarch2026_ThirtyOrFortyFiveCalendarDays(bool complex, string lastDay)
    {
        var dueAt = PetitionDeadlines.ComplaintDecisionDueAt(new DateTimeOffset(2026, 3, 2, 9, 0, 0, Vietnam), complex, new WorkingDayCalendar());

        var day = DateOnly.Parse(lastDay);
        Assert.Equal(EndOf(day.Year, day.Month, day.Day), dueAt);
    }
}
