using CchcFeedback.Core.Statistics;

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

    /// <summary>The Markov chain against the statistic itself, 4,000 simulated in-control runs at each volume. With
    /// the day's jump and log(1 + R) rounded to the grid instead of split, the chain's run lengths were up to 40 %
    /// too long.</summary>
    [Theory]
    [InlineData(4)]
    [InlineData(20)]
    [InlineData(60)]
    public void RunLength_MarkovChain_AgreesWithSimulatedRuns(double perDay)
    {
        const double Usual = 0.85, Dropped = 0.77;
        var limit = ShiryaevRoberts.Limit(Usual, Dropped, perDay, 60);

        var simulated = SimulatedRuns.MeanRunLength(Usual, Dropped, perDay, limit, double.NegativeInfinity, ShiryaevRoberts.Step, 4_000, 7);

        // The run length is roughly geometric: its mean over 4,000 runs has a standard error of about 1.6 %.
        Assert.InRange(simulated / ShiryaevRoberts.RunLength(Usual, Dropped, perDay, limit), 0.95, 1.05);
    }

    [Fact]
    public void Limit_DropNotBelowUsual_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ShiryaevRoberts.Limit(0.8, 0.8, 10, 100));
    }
}
