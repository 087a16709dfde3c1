using CchcFeedback.Core.Statistics;
using MathNet.Numerics.Distributions;

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

    /// <summary>The Markov chain against the chart itself: 3,000 in-control runs of the daily CUSUM, each day a
    /// Poisson number of ratings, each satisfied with the usual share.</summary>
    [Fact]
    public void RunLength_MarkovChain_AgreesWithSimulatedRuns()
    {
        const double Usual = 0.86, Dropped = 0.78, PerDay = 10;
        var limit = BernoulliCusum.Limit(Usual, Dropped, PerDay, 60);
        var random = new Random(7);
        var total = 0.0;
        const int Runs = 3_000;
        for (var run = 0; run < Runs; run++)
        {
            var (sum, days) = (0.0, 0);
            while (sum < limit)
            {
                var ratings = Poisson.Sample(random, PerDay);
                var satisfied = ratings == 0 ? 0 : Binomial.Sample(random, Usual, ratings);
                sum = Math.Max(0, sum + BernoulliCusum.Increment(Usual, Dropped, satisfied, ratings));
                days++;
            }
            total += days;
        }

        var simulated = total / Runs;

        // The run length is roughly geometric: its mean over 3,000 runs has a standard error of about 1.8 %; the
        // grid rounds the steps by up to 5 %.
        Assert.InRange(simulated / BernoulliCusum.RunLength(Usual, Dropped, PerDay, limit), 0.9, 1.1);
    }

    [Fact]
    public void Limit_DropNotBelowUsual_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BernoulliCusum.Limit(0.8, 0.8, 10, 100));
    }
}
