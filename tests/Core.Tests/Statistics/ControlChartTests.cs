using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Statistics;

public class ControlChartTests
{
    private const double Tolerance = 1e-4;

    // Thirteen past weeks: an old week of 0/100 then twelve weeks of 90/100. Only the last twelve count, so
    // p̄ = 0.9 (with the old week it would be 1080/1300 = 0.830769).
    private static readonly WeeklyCount[] PastWeeks =
        [new(0, 100), .. Enumerable.Repeat(new WeeklyCount(90, 100), 12)];

    [Fact]
    public void Check_ShareBelowLowerLimit_Alerts()
    {
        // n = 50: σ = √(0.9·0.1/50) = 0.042426, LCL = 0.9 − 3·0.042426 = 0.772721; 36/50 = 0.72 is below it.
        // One-sided p = P(X ≤ 36 | 50, 0.9) = Σ C(50,i)0.9^i 0.1^(50−i), i ≤ 36, = 0.000285 (R: pbinom(36, 50, 0.9)).
        var check = ControlChart.Check(PastWeeks, new WeeklyCount(36, 50));

        Assert.Equal(0.9, check.CentreLine, Tolerance);
        Assert.Equal(0.772721, check.LowerLimit, Tolerance);
        Assert.Equal(0.000285, check.OneSidedPValue, Tolerance);
        Assert.True(check.Alert);
    }

    [Fact]
    public void Check_ShareAboveLowerLimit_DoesNotAlert()
    {
        var check = ControlChart.Check(PastWeeks, new WeeklyCount(40, 50));

        Assert.False(check.Alert);
    }

    [Fact]
    public void Check_NineAnswersBelowLimit_DoesNotAlert()
    {
        // n = 9: LCL = 0.9 − 3·√(0.09/9) = 0.6; 5/9 = 0.556 is below it, but nine answers are too few.
        var check = ControlChart.Check(PastWeeks, new WeeklyCount(5, 9));

        Assert.Equal(0.6, check.LowerLimit, Tolerance);
        Assert.False(check.HasEnoughAnswers);
        Assert.False(check.Alert);
    }

    [Fact]
    public void Check_TenAnswersBelowLimit_Alerts()
    {
        // n = 10: LCL = 0.9 − 3·√(0.009) = 0.615395; 6/10 is below it.
        var check = ControlChart.Check(PastWeeks, new WeeklyCount(6, 10));

        Assert.Equal(0.615395, check.LowerLimit, Tolerance);
        Assert.True(check.Alert);
    }

    [Fact]
    public void CorrectForManyCounters_LoneMarginalAlertAmongMany_IsWithdrawn()
    {
        // Six counters with p̄ = 0.9 and ten answers: one at 6/10 (p = P(X ≤ 6 | 10, 0.9) = 0.012795), one at 9/10
        // (p = 1 − 0.9^10 = 0.651322), four at 10/10 (p = 1). BH: 6·0.012795/1 = 0.076771 ≥ 0.05, so no alert.
        var checks = new[] { new WeeklyCount(6, 10), new(9, 10), new(10, 10), new(10, 10), new(10, 10), new(10, 10) }
            .Select(week => ControlChart.Check(PastWeeks, week))
            .ToList();

        var corrected = ControlChart.CorrectForManyCounters(checks);

        Assert.True(checks[0].Alert);
        Assert.Equal(0.012795, checks[0].OneSidedPValue, Tolerance);
        Assert.Equal(0.076771, corrected[0].AdjustedPValue, Tolerance);
        Assert.All(corrected, c => Assert.False(c.Alert));
    }

    [Fact]
    public void CorrectForManyCounters_StrongAlert_Stands()
    {
        // p-values 0.000285 (36/50), 0.012795 (6/10), and a week of nine answers, which is not tested.
        // BH over two tests: 2·0.000285 = 0.000570 and 0.012795 → both below 0.05.
        var checks = new[] { new WeeklyCount(36, 50), new(6, 10), new(0, 9) }
            .Select(week => ControlChart.Check(PastWeeks, week))
            .ToList();

        var corrected = ControlChart.CorrectForManyCounters(checks);

        Assert.Equal(0.000570, corrected[0].AdjustedPValue, Tolerance);
        Assert.True(corrected[0].Alert);
        Assert.True(corrected[1].Alert);
        Assert.False(corrected[2].Alert);
        Assert.True(double.IsNaN(corrected[2].AdjustedPValue));
    }

    [Fact]
    public void Check_NoBaselineAnswers_IsNotTestedAndDoesNotAlert()
    {
        var check = ControlChart.Check([new WeeklyCount(0, 0)], new WeeklyCount(0, 10));

        Assert.False(check.HasEnoughAnswers);
        Assert.False(check.Alert);
        Assert.True(double.IsNaN(check.CentreLine));
        Assert.False(Assert.Single(ControlChart.CorrectForManyCounters([check])).Alert);
    }

    [Fact]
    public void Check_NoPastWeeksAtAll_DoesNotAlert() =>
        Assert.False(ControlChart.Check([], new WeeklyCount(0, 50)).Alert);

    [Fact]
    public void Check_PerfectBaselineOneUnhappyAnswer_HasAFiniteLimitAndPValue()
    {
        // Twelve weeks of 10/10: p̄ = 1 has no variance, so the limit and p-value use (120 + ½)/(120 + 1) = 0.995868:
        // LCL = 0.995868 − 3·√(0.995868·0.004132/10) = 0.935010; p = P(X ≤ 9 | 10, 0.995868) = 1 − 0.995868^10 = 0.040562.
        var perfect = Enumerable.Repeat(new WeeklyCount(10, 10), 12).ToList();

        var check = ControlChart.Check(perfect, new WeeklyCount(9, 10));

        Assert.Equal(1, check.CentreLine, Tolerance);
        Assert.Equal(0.935010, check.LowerLimit, Tolerance);
        Assert.Equal(0.040562, check.OneSidedPValue, Tolerance);
    }

    [Fact]
    public void CorrectForManyCounters_PerfectBaselinesOneUnhappyAnswerAmongSix_IsWithdrawn()
    {
        // BH: 6 · 0.040562 = 0.243374 ≥ 0.05. With p̄ = 1 taken literally the p-value would be 0 and stand.
        var perfect = Enumerable.Repeat(new WeeklyCount(10, 10), 12).ToList();
        var checks = new[] { new WeeklyCount(9, 10), new(10, 10), new(10, 10), new(10, 10), new(10, 10), new(10, 10) }
            .Select(week => ControlChart.Check(perfect, week))
            .ToList();

        var corrected = ControlChart.CorrectForManyCounters(checks);

        Assert.Equal(0.243374, corrected[0].AdjustedPValue, Tolerance);
        Assert.All(corrected, c => Assert.False(c.Alert));
    }

    [Fact]
    public void Check_BaselineOfNoSatisfiedAnswers_NeverAlerts()
    {
        var check = ControlChart.Check(Enumerable.Repeat(new WeeklyCount(0, 20), 12).ToList(), new WeeklyCount(0, 20));

        Assert.Equal(0, check.LowerLimit);
        Assert.False(check.Alert);
    }
}
