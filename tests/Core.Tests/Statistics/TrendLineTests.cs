using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Statistics;

public class TrendLineTests
{
    private const double Tolerance = 1e-4;

    [Fact]
    public void Fit_FourMonths_MatchesHandComputedSlopeAndStandardError()
    {
        // Months 0..3, index 80, 82, 81, 85: x̄ = 1.5, ȳ = 82, Sxx = 5, Sxy = 3 + 0 − 0.5 + 4.5 = 7, slope 1.4,
        // intercept 82 − 2.1 = 79.9; residuals 0.1, 0.7, −1.7, 0.9, SSR = 4.2; SE = √(4.2/2/5) = 0.648074;
        // t = 2.160247 on 2 df; for 2 df the two-sided p is 1 − |t|/√(2 + t²) = 0.163340 (R: summary(lm(y ~ x))).
        var trend = TrendLine.Fit([80, 82, 81, 85])!;

        Assert.Equal(1.4, trend.Slope, Tolerance);
        Assert.Equal(79.9, trend.Intercept, Tolerance);
        Assert.Equal(0.648074, trend.StandardError, Tolerance);
        Assert.Equal(2.160247, trend.TStatistic, Tolerance);
        Assert.Equal(2, trend.DegreesOfFreedom);
        Assert.Equal(0.163340, trend.PValue, Tolerance);
    }

    [Fact]
    public void Fit_MissingMonthGivenByNumber_UsesRealSpacing()
    {
        // Exactly on y = 70 + 2x at months 0, 1, 3: slope 2, no residual, so SE 0 and p 0.
        var trend = TrendLine.Fit([0, 1, 3], [70, 72, 76])!;

        Assert.Equal(2, trend.Slope, Tolerance);
        Assert.Equal(0, trend.StandardError, Tolerance);
        Assert.Equal(0, trend.PValue);
    }

    [Fact]
    public void Fit_TwoMonths_IsNoData() =>
        Assert.Null(TrendLine.Fit([80, 82]));

    [Fact]
    public void Fit_NoMonths_IsNoData() =>
        Assert.Null(TrendLine.Fit([]));
}
