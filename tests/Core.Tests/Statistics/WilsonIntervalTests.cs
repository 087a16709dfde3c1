using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Statistics;

public class WilsonIntervalTests
{
    private const double Tolerance = 1e-4;

    [Fact]
    public void Compute_81Of263_MatchesPropTestWithoutCorrection()
    {
        // R: prop.test(81, 263, correct = FALSE)$conf.int = 0.2553 0.3662. By hand: p = 0.307985, z = 1.959964,
        // z²/n = 0.014606, centre = (p + z²/2n)/(1 + z²/n) = 0.315288/1.014606 = 0.310749,
        // half = z/(1 + z²/n)·√(p(1−p)/n + z²/4n²) = 1.931748·0.028710 = 0.055461 → [0.255289, 0.366210].
        var interval = WilsonInterval.Compute(81, 263);

        Assert.Equal(0.307985, interval.Estimate, Tolerance);
        Assert.Equal(0.255289, interval.Lower, Tolerance);
        Assert.Equal(0.366210, interval.Upper, Tolerance);
    }

    [Fact]
    public void Compute_NoSuccesses_LowerIsZeroAndUpperIsZSquaredOverNPlusZSquared()
    {
        // With k = 0 the Wilson upper limit is z²/(n + z²) = 3.841459/13.841459 = 0.277533 (prop.test(0, 10, correct = FALSE)).
        var interval = WilsonInterval.Compute(0, 10);

        Assert.Equal(0, interval.Lower, Tolerance);
        Assert.Equal(0.277533, interval.Upper, Tolerance);
    }

    [Fact]
    public void Compute_AllSuccesses_MirrorsNoSuccesses()
    {
        // By symmetry with 0/10: lower = n/(n + z²) = 10/13.841459 = 0.722467.
        var interval = WilsonInterval.Compute(10, 10);

        Assert.Equal(0.722467, interval.Lower, Tolerance);
        Assert.Equal(1, interval.Upper, Tolerance);
    }

    [Fact]
    public void Compute_NinetyPercentConfidence_IsNarrowerThanNinetyFive()
    {
        // z(0.95) = 1.644854; same formula for 81/263 gives [0.263314, 0.356566] by hand.
        var ninety = WilsonInterval.Compute(81, 263, 0.90);

        Assert.Equal(0.263314, ninety.Lower, Tolerance);
        Assert.Equal(0.356566, ninety.Upper, Tolerance);
    }

    [Fact]
    public void ComputeOrNone_NoTrials_IsNoData() =>
        Assert.Null(WilsonInterval.ComputeOrNone(0, 0));

    [Fact]
    public void ComputeOrNone_SomeTrials_IsTheInterval() =>
        Assert.Equal(0.255289, WilsonInterval.ComputeOrNone(81, 263)!.Lower, Tolerance);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    public void Compute_ImpossibleCounts_Throws(int successes, int trials) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(successes, trials));
}
