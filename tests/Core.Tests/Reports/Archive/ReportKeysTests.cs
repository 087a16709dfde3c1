using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Core.Tests.Reports.Archive;

public class ReportKeysTests
{
    public static TheoryData<string> Periods() =>
    [
        ReportPeriod.Month(2026, 1).Key,
        ReportPeriod.Month(2026, 12).Key,
        ReportPeriod.Quarter(2026, 4).Key,
        ReportPeriod.SixMonths(2027, 1).Key,
        ReportPeriod.Annual(2026).Key,
    ];

    [Theory]
    [MemberData(nameof(Periods))]
    public void TryParsePeriod_AKeyOfThePeriod_GivesThePeriodBack(string key)
    {
        Assert.True(ReportKeys.TryParsePeriod(key, out var period));

        Assert.Equal(key, period.Key);
    }

    [Fact]
    public void TryParsePeriod_SixMonthsKey_HasTheDecree09Dates()
    {
        Assert.True(ReportKeys.TryParsePeriod("2027-H1", out var period));

        Assert.Equal((ReportPeriodKind.SixMonths, new DateOnly(2026, 12, 15), new DateOnly(2027, 6, 14)), (period.Kind, period.From, period.To));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-Q5")]
    [InlineData("2026-H3")]
    [InlineData("2026-1")]
    [InlineData("26-10")]
    [InlineData("2026-10 ")]
    [InlineData("2026-y")]
    public void TryParsePeriod_NotAKey_IsRefused(string? key) => Assert.False(ReportKeys.TryParsePeriod(key, out _));

    [Theory]
    [InlineData("province", SatisfactionScope.Province, null)]
    [InlineData("center:TT_TINH", SatisfactionScope.Center, "TT_TINH")]
    [InlineData("department:SO_TP", SatisfactionScope.Department, "SO_TP")]
    public void TryParseScope_AKeyOfTheScope_GivesTheScopeBack(string key, SatisfactionScope kind, string? code)
    {
        Assert.True(ReportKeys.TryParseScope(key, out var scope));

        Assert.Equal((kind, code, key), (scope.Kind, scope.Code, scope.Key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tinh")]
    [InlineData("center:")]
    [InlineData("center: TT_TINH")]
    [InlineData("counter:TT_TINH-01")]
    [InlineData("Center:TT_TINH")]
    [InlineData("province:QT")]
    [InlineData("procedure:LL-01")]
    [InlineData("1:TT_TINH")]
    public void TryParseScope_NotAKey_IsRefused(string? key) => Assert.False(ReportKeys.TryParseScope(key, out _));

    [Theory]
    [InlineData(SatisfactionScope.Province)]
    [InlineData(SatisfactionScope.Counter)]
    [InlineData(SatisfactionScope.Procedure)]
    public void ReportScopeOf_AKindReportsDoNotCover_Throws(SatisfactionScope kind) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportScope.Of(kind, "TT_TINH-TP"));
}
