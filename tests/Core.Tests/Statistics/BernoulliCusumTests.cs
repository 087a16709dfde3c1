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
    [InlineData(0.86, 0.76, 1_000)]
    [InlineData(0.95, 0.85, 5_000)]
    [InlineData(0.55, 0.45, 15_000)]
    public void Limit_TargetRunLength_IsTheSmallestLimitThatReachesIt(double usual, double dropped, double target)
    {
        var limit = BernoulliCusum.Limit(usual, dropped, target);

        Assert.True(BernoulliCusum.RunLength(usual, dropped, limit) >= target);
        Assert.True(BernoulliCusum.RunLength(usual, dropped, limit * 0.97) < target);
    }

    /// <summary>The Markov chain against the chart itself: 4,000 in-control runs of the per-rating CUSUM.</summary>
    [Fact]
    public void RunLength_MarkovChain_AgreesWithSimulatedRuns()
    {
        const double Usual = 0.86, Dropped = 0.76;
        var limit = BernoulliCusum.Limit(Usual, Dropped, 500);
        var (up, down) = BernoulliCusum.Steps(Usual, Dropped);
        var random = new Random(7);
        var total = 0.0;
        const int Runs = 4_000;
        for (var run = 0; run < Runs; run++)
        {
            var (sum, length) = (0.0, 0);
            while (sum < limit)
            {
                sum = Math.Max(0, sum + (random.NextDouble() < Usual ? up : down));
                length++;
            }
            total += length;
        }

        var simulated = total / Runs;

        // The run length is roughly geometric: its mean over 4,000 runs has a standard error of about 1.6 %.
        Assert.InRange(simulated / BernoulliCusum.RunLength(Usual, Dropped, limit), 0.93, 1.07);
    }

    [Fact]
    public void Limit_DropNotBelowUsual_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BernoulliCusum.Limit(0.8, 0.8, 100));
    }
}
