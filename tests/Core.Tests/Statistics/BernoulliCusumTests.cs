using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Statistics;

public class BernoulliCusumTests
{
    [Fact]
    public void Steps_UsualAndDropLevels_AreTheLogLikelihoodRatiosOfOneRating()
    {
        var (satisfied, dissatisfied) = BernoulliCusum.Steps(0.86, 0.76);

        Assert.Equal(Math.Log(0.76 / 0.86), satisfied, 1e-12);
        Assert.Equal(Math.Log(0.24 / 0.14), dissatisfied, 1e-12);
    }

    [Theory]
    [InlineData(0.86, 0.78, 20, 260)]
    [InlineData(0.95, 0.87, 4, 130)]
    [InlineData(0.55, 0.47, 60, 520)]
    public void Limit_TargetRunLength_IsTheSmallestLimitThatReachesIt(double usual, double dropped, double perDay, double days)
    {
        var limit = BernoulliCusum.Limit(usual, dropped, perDay, days);

        Assert.True(BernoulliCusum.RunLength(usual, dropped, perDay, limit) >= days);
        Assert.True(BernoulliCusum.RunLength(usual, dropped, perDay, limit * 0.97) < days);
    }

    [Fact]
    public void Limit_MoreRatingsADay_NeedsAHigherLimitForTheSameDays()
    {
        Assert.True(BernoulliCusum.Limit(0.86, 0.78, 60, 260) > BernoulliCusum.Limit(0.86, 0.78, 4, 260));
    }

    /// <summary>The Markov chain against the chart itself, 4,000 simulated in-control runs at each volume. With the
    /// day's jump rounded to the grid instead of split, the chain's drift was off by several per cent.</summary>
    [Theory]
    [InlineData(4)]
    [InlineData(20)]
    [InlineData(60)]
    public void RunLength_MarkovChain_AgreesWithSimulatedRuns(double perDay)
    {
        const double Usual = 0.85, Dropped = 0.77;
        var limit = BernoulliCusum.Limit(Usual, Dropped, perDay, 60);

        var simulated = SimulatedRuns.MeanRunLength(Usual, Dropped, perDay, limit, 0, (sum, increment) => Math.Max(0, sum + increment), 4_000, 7);

        // The run length is roughly geometric: its mean over 4,000 runs has a standard error of about 1.6 %.
        Assert.InRange(simulated / BernoulliCusum.RunLength(Usual, Dropped, perDay, limit), 0.95, 1.05);
    }

    [Fact]
    public void Limit_DropNotBelowUsual_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BernoulliCusum.Limit(0.8, 0.8, 10, 100));
    }
}
