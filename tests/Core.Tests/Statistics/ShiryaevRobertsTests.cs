using CchcFeedback.Core.Statistics;
using MathNet.Numerics.Distributions;

namespace CchcFeedback.Core.Tests.Statistics;

public class ShiryaevRobertsTests
{
    [Fact]
    public void Step_FromZero_IsTheDaysLogLikelihoodRatio_ThenAddsOneBeforeMultiplying()
    {
        var first = ShiryaevRoberts.Step(double.NegativeInfinity, 0.7);
        var second = ShiryaevRoberts.Step(first, -0.2);

        Assert.Equal(0.7, first, 1e-12);
        Assert.Equal(Math.Log((1 + Math.Exp(0.7)) * Math.Exp(-0.2)), second, 1e-12);
    }

    [Theory]
    [InlineData(0.86, 0.78, 20, 260)]
    [InlineData(0.95, 0.87, 4, 130)]
    [InlineData(0.55, 0.47, 60, 520)]
    public void Limit_TargetRunLength_IsTheSmallestLimitThatReachesIt(double usual, double dropped, double perDay, double days)
    {
        var limit = ShiryaevRoberts.Limit(usual, dropped, perDay, days);

        Assert.True(ShiryaevRoberts.RunLength(usual, dropped, perDay, limit) >= days);
        Assert.True(ShiryaevRoberts.RunLength(usual, dropped, perDay, limit - 0.1) < days);
    }

    /// <summary>Summing over every start, it needs a higher limit than the CUSUM's maximum for the same run length.</summary>
    [Fact]
    public void Limit_SameRunLength_IsAboveTheCusumsLimit()
    {
        Assert.True(ShiryaevRoberts.Limit(0.86, 0.78, 20, 260) > BernoulliCusum.Limit(0.86, 0.78, 20, 260));
    }

    /// <summary>The Markov chain against the statistic itself: 3,000 in-control runs, each day a Poisson number of
    /// ratings, each satisfied with the usual share.</summary>
    [Fact]
    public void RunLength_MarkovChain_AgreesWithSimulatedRuns()
    {
        const double Usual = 0.86, Dropped = 0.78, PerDay = 10;
        var limit = ShiryaevRoberts.Limit(Usual, Dropped, PerDay, 60);
        var random = new Random(7);
        var total = 0.0;
        const int Runs = 3_000;
        for (var run = 0; run < Runs; run++)
        {
            var (logR, days) = (double.NegativeInfinity, 0);
            while (logR < limit)
            {
                var ratings = Poisson.Sample(random, PerDay);
                var satisfied = ratings == 0 ? 0 : Binomial.Sample(random, Usual, ratings);
                logR = ShiryaevRoberts.Step(logR, BernoulliCusum.Increment(Usual, Dropped, satisfied, ratings));
                days++;
            }
            total += days;
        }

        var simulated = total / Runs;

        // The run length is roughly geometric: its mean over 3,000 runs has a standard error of about 1.8 %; the
        // grid rounds the steps by up to a tenth.
        Assert.InRange(simulated / ShiryaevRoberts.RunLength(Usual, Dropped, PerDay, limit), 0.9, 1.1);
    }

    [Fact]
    public void Limit_DropNotBelowUsual_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ShiryaevRoberts.Limit(0.8, 0.8, 10, 100));
    }
}
