using CchcFeedback.Core.Calendar;

namespace CchcFeedback.Core.Tests.Calendar;

public class VietnamTimeTests
{
    [Theory]
    [InlineData("2026-03-05T16:59:59+00:00", "2026-03-05")]
    [InlineData("2026-03-05T17:00:00+00:00", "2026-03-06")]
    [InlineData("2026-03-05T00:30:00+09:00", "2026-03-04")]
    [InlineData("2026-03-05T12:30:00-05:00", "2026-03-06")]
    public void DateOf_InstantNearMidnight_IsTheVietnameseDate(string instant, string expected)
    {
        var date = VietnamTime.DateOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Fact]
    public void EndOf_Date_IsNextMidnightInUtcPlusSeven()
    {
        var end = VietnamTime.EndOf(new DateOnly(2026, 2, 20));

        Assert.Equal(TimeSpan.FromHours(7), end.Offset);
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 17, 0, 0, TimeSpan.Zero), end);
    }
}
