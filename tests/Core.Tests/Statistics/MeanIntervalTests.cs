using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Statistics;

public class MeanIntervalTests
{
    private const double Tolerance = 1e-4;

    // Sample 2, 4, 4, 5, 5: mean 4, squares about the mean 4 + 0 + 0 + 1 + 1 = 6, s² = 6/4 = 1.5, s = 1.224745;
    // t(0.975, 4) = 2.776445 (any t table; R qt(0.975, 4)); half-width 2.776445·1.224745/√5 = 1.520722.
    private const double ExpectedLower = 4 - 1.520722;
    private const double ExpectedUpper = 4 + 1.520722;

    [Fact]
    public void FromValues_SmallSample_MatchesHandComputedTInterval()
    {
        var interval = MeanInterval.FromValues([2, 4, 4, 5, 5]);

        Assert.Equal(5, interval.Count);
        Assert.Equal(4, interval.Mean, Tolerance);
        Assert.Equal(1.224745, interval.StandardDeviation, Tolerance);
        Assert.Equal(ExpectedLower, interval.Lower, Tolerance);
        Assert.Equal(ExpectedUpper, interval.Upper, Tolerance);
    }

    [Fact]
    public void FromCounts_SameSampleAsCounts_GivesSameInterval()
    {
        var counts = new AnswerCounts(level1: 0, level2: 1, level3: 0, level4: 2, level5: 2, notApplicable: 3);

        var interval = MeanInterval.FromCounts(counts);

        Assert.Equal(5, interval.Count);
        Assert.Equal(4, interval.Mean, Tolerance);
        Assert.Equal(ExpectedLower, interval.Lower, Tolerance);
        Assert.Equal(ExpectedUpper, interval.Upper, Tolerance);
    }

    [Fact]
    public void FromValues_OneValue_Throws() =>
        Assert.Throws<ArgumentException>(() => MeanInterval.FromValues([4]));
}
