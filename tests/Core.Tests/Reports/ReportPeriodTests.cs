using CchcFeedback.Core.Reports;

namespace CchcFeedback.Core.Tests.Reports;

public class ReportPeriodTests
{
    [Theory]
    [InlineData(2026, 2, "2026-02-01", "2026-02-28", "2026-02")]
    [InlineData(2028, 2, "2028-02-01", "2028-02-29", "2028-02")]
    [InlineData(2026, 12, "2026-12-01", "2026-12-31", "2026-12")]
    public void Month_CalendarMonth_FirstToLastDay(int year, int month, string from, string to, string key)
    {
        var period = ReportPeriod.Month(year, month);

        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to), key), (period.From, period.To, period.Key));
        Assert.Equal(ReportPeriodKind.Month, period.Kind);
    }

    [Theory]
    [InlineData(1, "2025-12-15", "2026-03-14")]
    [InlineData(2, "2026-03-15", "2026-06-14")]
    [InlineData(3, "2026-06-15", "2026-09-14")]
    [InlineData(4, "2026-09-15", "2026-12-14")]
    public void Quarter_Decree09_From15thOfTheMonthBeforeTo14thOfItsLastMonth(int quarter, string from, string to)
    {
        var period = ReportPeriod.Quarter(2026, quarter);

        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), (period.From, period.To));
        Assert.Equal($"2026-Q{quarter}", period.Key);
    }

    [Fact]
    public void SixMonths_FirstHalf_CrossesTheYearBoundary()
    {
        var first = ReportPeriod.SixMonths(2026, 1);
        var second = ReportPeriod.SixMonths(2026, 2);

        Assert.Equal((new DateOnly(2025, 12, 15), new DateOnly(2026, 6, 14), "2026-H1"), (first.From, first.To, first.Key));
        Assert.Equal((new DateOnly(2026, 6, 15), new DateOnly(2026, 12, 14), "2026-H2"), (second.From, second.To, second.Key));
    }

    [Fact]
    public void Annual_Decree09_From15December()
    {
        var year = ReportPeriod.Annual(2026);

        Assert.Equal((new DateOnly(2025, 12, 15), new DateOnly(2026, 12, 14), "2026-Y"), (year.From, year.To, year.Key));
    }

    [Theory]
    [InlineData("2026-01-01", 2025, 12)]
    [InlineData("2026-01-31", 2025, 12)]
    [InlineData("2026-03-01", 2026, 2)]
    [InlineData("2026-12-15", 2026, 11)]
    public void PreviousMonth_OnAnyDay_TheCalendarMonthBefore(string today, int year, int month)
    {
        Assert.Equal(ReportPeriod.Month(year, month), ReportPeriod.PreviousMonth(DateOnly.Parse(today)));
    }

    [Fact]
    public void Previous_EachKind_ThePeriodOfTheSameKindJustBefore()
    {
        Assert.Equal(ReportPeriod.Month(2025, 12), ReportPeriod.Month(2026, 1).Previous());
        Assert.Equal(ReportPeriod.Quarter(2025, 4), ReportPeriod.Quarter(2026, 1).Previous());
        Assert.Equal(ReportPeriod.SixMonths(2025, 2), ReportPeriod.SixMonths(2026, 1).Previous());
        Assert.Equal(ReportPeriod.SixMonths(2026, 1), ReportPeriod.SixMonths(2026, 2).Previous());
        Assert.Equal(ReportPeriod.Annual(2025), ReportPeriod.Annual(2026).Previous());
        // Decree 09 periods follow each other without a gap.
        Assert.Equal(ReportPeriod.Quarter(2026, 1).From, ReportPeriod.Quarter(2025, 4).To.AddDays(1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Month_OutOfRange_Throws(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportPeriod.Month(2026, month));
    }

    [Fact]
    public void Phrase_EachKind_AsTheTitleWritesIt()
    {
        Assert.Equal("tháng 03/2026", ReportPeriodText.Phrase(ReportPeriod.Month(2026, 3)));
        Assert.Equal("quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/03/2026)", ReportPeriodText.Phrase(ReportPeriod.Quarter(2026, 1)));
        Assert.Equal("6 tháng cuối năm 2026 (từ ngày 15/06/2026 đến ngày 14/12/2026)", ReportPeriodText.Phrase(ReportPeriod.SixMonths(2026, 2)));
        Assert.Equal("năm 2026 (từ ngày 15/12/2025 đến ngày 14/12/2026)", ReportPeriodText.Phrase(ReportPeriod.Annual(2026)));
    }

    [Theory]
    [InlineData("2026-02-01", "Quảng Trị, ngày 01 tháng 02 năm 2026")]
    [InlineData("2026-01-15", "Quảng Trị, ngày 15 tháng 01 năm 2026")]
    [InlineData("2026-03-05", "Quảng Trị, ngày 05 tháng 3 năm 2026")]
    [InlineData("2026-12-10", "Quảng Trị, ngày 10 tháng 12 năm 2026")]
    public void DateLine_Decree30_LeadingZeroForDaysBelow10AndMonths1And2(string date, string expected)
    {
        Assert.Equal(expected, ReportPeriodText.DateLine("Quảng Trị", DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(8, "VIII")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    public void Roman_SectionNumbers(int number, string expected)
    {
        Assert.Equal(expected, ReportPeriodText.Roman(number));
    }

    [Fact]
    public void ReportKeys_EveryKindsKey_ParsesBackToThePeriod()
    {
        foreach (var period in new[] { ReportPeriod.Month(2026, 3), ReportPeriod.Quarter(2026, 4), ReportPeriod.SixMonths(2026, 1), ReportPeriod.Annual(2026) })
        {
            Assert.True(ReportKeys.TryParsePeriod(period.Key, out var parsed));
            Assert.Equal(period, parsed);
        }
        Assert.False(ReportKeys.TryParsePeriod("2026-13", out _));
        Assert.False(ReportKeys.TryParsePeriod("2026-Q5", out _));
        Assert.False(ReportKeys.TryParsePeriod("tháng 3", out _));
    }

    [Fact]
    public void ReportKeys_ScopeKeys_ParseBack()
    {
        Assert.True(ReportKeys.TryParseScope("province", out var province));
        Assert.True(ReportKeys.TryParseScope("center:TT_TINH", out var center));
        Assert.True(ReportKeys.TryParseScope("department:SO_TP", out var department));

        Assert.Equal((ReportScope.Province, "center:TT_TINH", "department:SO_TP"), (province, center.Key, department.Key));
        Assert.False(ReportKeys.TryParseScope("center:", out _));
        Assert.False(ReportKeys.TryParseScope("counter:X", out _));
    }
}
