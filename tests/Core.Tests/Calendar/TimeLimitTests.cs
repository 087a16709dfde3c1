using CchcFeedback.Core.Calendar;

namespace CchcFeedback.Core.Tests.Calendar;

public class TimeLimitTests
{
    [Fact]
    public void WorkingDays_NegativeDays_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.WorkingDays(-1));

    [Fact]
    public void CalendarDays_SameDaysAndUnit_AreEqual() =>
        Assert.Equal(TimeLimit.CalendarDays(30), new TimeLimit { Days = 30, Unit = TimeLimitUnit.CalendarDays });
}
