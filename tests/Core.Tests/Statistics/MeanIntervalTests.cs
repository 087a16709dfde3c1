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
        var interval = MeanInterval.FromValues([2, 4, 4, 5, 5])!;

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

        var interval = MeanInterval.FromCounts(counts)!;

        Assert.Equal(5, interval.Count);
        Assert.Equal(4, interval.Mean, Tolerance);
        Assert.Equal(ExpectedLower, interval.Lower, Tolerance);
        Assert.Equal(ExpectedUpper, interval.Upper, Tolerance);
    }

    [Fact]
    public void FromSums_SameSampleAsSums_GivesSameInterval()
    {
        // n = 5, Σx = 20, Σx² = 4 + 16 + 16 + 25 + 25 = 86: Σ(x − x̄)² = 86 − 400/5 = 6, as above.
        var interval = MeanInterval.FromSums(5, 20, 86)!;

        Assert.Equal(4, interval.Mean, Tolerance);
        Assert.Equal(1.224745, interval.StandardDeviation, Tolerance);
        Assert.Equal(ExpectedLower, interval.Lower, Tolerance);
        Assert.Equal(ExpectedUpper, interval.Upper, Tolerance);
    }

    [Fact]
    public void FromValues_OneValue_IsNoData() =>
        Assert.Null(MeanInterval.FromValues([4]));

    [Fact]
    public void FromCounts_NoAnswers_IsNoData() =>
        Assert.Null(MeanInterval.FromCounts(new AnswerCounts(0, 0, 0, 0, 0, notApplicable: 4)));

    [Fact]
    public void AverageOf_TwoParts_AveragesMeansAndBounds()
    {
        // Parts [3, 5] around 4 and [1, 2] around 1.5: the average is 2.75 within [2, 3.5].
        var interval = MeanInterval.AverageOf([new MeanInterval(10, 4, 1, 3, 5, 0.95), new MeanInterval(12, 1.5, 0.5, 1, 2, 0.95)])!;

        Assert.Equal(2.75, interval.Mean, Tolerance);
        Assert.Equal(2, interval.Lower, Tolerance);
        Assert.Equal(3.5, interval.Upper, Tolerance);
        Assert.Equal(10, interval.Count);
    }

    [Fact]
    public void AverageOf_PartWithoutData_IsNoData() =>
        Assert.Null(MeanInterval.AverageOf([new MeanInterval(10, 4, 1, 3, 5, 0.95), null]));
}
