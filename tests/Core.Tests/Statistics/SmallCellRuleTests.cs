using System.Globalization;
using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Statistics;

public class SmallCellRuleTests
{
    [Fact]
    public void Apply_NineAnswers_IsSuppressedAndReadsNotEnoughData()
    {
        var figure = SmallCellRule.Apply(0.8, answers: 9);

        Assert.True(figure.IsSuppressed);
        Assert.Equal("không đủ dữ liệu", figure.Format(v => v.ToString("P0", CultureInfo.InvariantCulture)));
        Assert.Equal("not enough data", figure.Format(v => v.ToString("P0", CultureInfo.InvariantCulture), SmallCellRule.NotEnoughDataEn));
        Assert.False(figure.TryGetValue(out _));
        Assert.Throws<InvalidOperationException>(() => figure.Value);
    }

    [Fact]
    public void Apply_TenAnswers_IsShown()
    {
        var figure = SmallCellRule.Apply(0.8, answers: 10);

        Assert.False(figure.IsSuppressed);
        Assert.Equal(0.8, figure.Value);
        Assert.Equal(10, figure.Answers);
    }

    [Fact]
    public void Apply_ComputeBelowThreshold_IsNeverCalled()
    {
        var called = false;

        var figure = SmallCellRule.Apply(1, () =>
        {
            called = true;
            return WilsonInterval.Compute(0, 0);
        });

        Assert.True(figure.IsSuppressed);
        Assert.False(called);
    }

    [Theory]
    [InlineData(29, true)]
    [InlineData(30, false)]
    public void Apply_ConfiguredThreshold_SuppressesBelowIt(int answers, bool suppressed) =>
        Assert.Equal(suppressed, SmallCellRule.Apply("x", answers, minimumAnswers: 30).IsSuppressed);
}
