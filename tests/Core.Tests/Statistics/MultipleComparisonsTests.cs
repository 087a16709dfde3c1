using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Statistics;

public class MultipleComparisonsTests
{
    private const double Tolerance = 1e-9;

    // p = c(0.04, 0.001, 0.03, 0.2, 0.012); sorted 0.001, 0.012, 0.03, 0.04, 0.2.
    private static readonly double[] PValues = [0.04, 0.001, 0.03, 0.2, 0.012];

    [Fact]
    public void Holm_KnownVector_MatchesPAdjust()
    {
        // p.adjust(p, "holm"): 5·0.001 = 0.005, 4·0.012 = 0.048, 3·0.03 = 0.09, 2·0.04 = 0.08 → cummax 0.09,
        // 1·0.2 = 0.2 → in input order 0.09 0.005 0.09 0.2 0.048.
        var adjusted = MultipleComparisons.Holm(PValues);

        Assert.Equal([0.09, 0.005, 0.09, 0.2, 0.048], adjusted, (a, b) => Math.Abs(a - b) < Tolerance);
    }

    [Fact]
    public void BenjaminiHochberg_KnownVector_MatchesPAdjust()
    {
        // p.adjust(p, "BH"): from the top 0.2·5/5 = 0.2, 0.04·5/4 = 0.05, 0.03·5/3 = 0.05, 0.012·5/2 = 0.03,
        // 0.001·5/1 = 0.005, each the minimum of itself and those above → 0.05 0.005 0.05 0.2 0.03.
        var adjusted = MultipleComparisons.BenjaminiHochberg(PValues);

        Assert.Equal([0.05, 0.005, 0.05, 0.2, 0.03], adjusted, (a, b) => Math.Abs(a - b) < Tolerance);
    }

    [Fact]
    public void Holm_LargeProduct_IsCappedAtOne()
    {
        var adjusted = MultipleComparisons.Holm([0.6, 0.7]);

        Assert.Equal([1, 1], adjusted, (a, b) => Math.Abs(a - b) < Tolerance);
    }

    [Fact]
    public void Adjust_PValueAboveOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MultipleComparisons.Adjust([0.5, 1.5], MultipleComparisonMethod.Holm));
}
