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
    public void Limit_Budget_IsTheSmallestLimitWhoseCountedDaysMeetIt(double usual, double dropped, double perDay, double days)
    {
        var limit = ShiryaevRoberts.Limit(usual, dropped, 0, perDay, days, 15, 5);

        Assert.True(ShiryaevRoberts.FalseSignalChance(usual, dropped, 0, perDay, limit, 15, 5) <= 1 / days);
        Assert.True(ShiryaevRoberts.FalseSignalChance(usual, dropped, 0, perDay, limit - 0.1, 15, 5) > 1 / days);
    }

    /// <summary>On 4 ratings a day R is still far from its long-run level after three weeks: the replayed chart
    /// needs a lower limit than one run forever, which with that limit would signal far more often than budgeted.
    /// On 60 a day three weeks are plenty and the two agree.</summary>
    [Fact]
    public void Limit_FewRatingsADay_IsBelowTheLimitOfAChartRunForever()
    {
        var few = ShiryaevRoberts.Limit(0.85, 0.77, 0, 4, 260, 15, 5);
        var many = ShiryaevRoberts.Limit(0.85, 0.77, 0, 60, 260, 15, 5);

        Assert.InRange(ShiryaevRoberts.RunLength(0.85, 0.77, 4, few), 100, 200);
        Assert.InRange(ShiryaevRoberts.RunLength(0.85, 0.77, 60, many), 235, 290);
    }

    /// <summary>The chain's chance of a signal on the counted days against 100,000 simulated replays of 20 days,
    /// with the usual share known and with it an estimate (each replay's true share drawn around it).</summary>
    [Theory]
    [InlineData(4, 0)]
    [InlineData(20, 0)]
    [InlineData(4, 0.01)]
    [InlineData(60, 0.003)]
    public void FalseSignalChance_MarkovChain_AgreesWithSimulatedReplays(double perDay, double usualError)
    {
        const double Usual = 0.85, Dropped = 0.77;
        var limit = ShiryaevRoberts.Limit(Usual, Dropped, usualError, perDay, 100, 15, 5);

        var simulated = SimulatedRuns.ChanceOnCountedDays(Usual, Dropped, usualError, perDay, limit, double.NegativeInfinity, ShiryaevRoberts.Step, 15, 5, 100_000, 3);

        // About 5,000 signals: a standard error of about 1.4 %.
        Assert.InRange(simulated / ShiryaevRoberts.FalseSignalChance(Usual, Dropped, usualError, perDay, limit, 15, 5), 0.94, 1.06);
    }

    /// <summary>A usual share known less well needs a higher limit for the same budget: units whose estimate happens
    /// high signal more than those whose estimate happens low signal less.</summary>
    [Fact]
    public void Limit_UsualShareLessWellKnown_IsHigher()
    {
        var known = ShiryaevRoberts.Limit(0.85, 0.77, 0, 20, 260, 15, 5);
        var estimated = ShiryaevRoberts.Limit(0.85, 0.77, 0.005, 20, 260, 15, 5);
        var rough = ShiryaevRoberts.Limit(0.85, 0.77, 0.015, 20, 260, 15, 5);

        Assert.True(known < estimated && estimated < rough, $"{known} < {estimated} < {rough}");
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
        var limit = Math.Log(40);

        var simulated = SimulatedRuns.MeanRunLength(Usual, Dropped, perDay, limit, double.NegativeInfinity, ShiryaevRoberts.Step, 4_000, 7);

        // The run length is roughly geometric: its mean over 4,000 runs has a standard error of about 1.6 %.
        Assert.InRange(simulated / ShiryaevRoberts.RunLength(Usual, Dropped, perDay, limit), 0.95, 1.05);
    }

    /// <summary>300 ratings a day on a usual share from 50 ratings: the true share may well be below the drop level,
    /// so the limit is very high, past the 4,000 states whose search used to throw (and fail the alert run of every
    /// unit).</summary>
    [Fact]
    public void Limit_BusyUnitOnFewRatingsOfHistory_IsHighAndStillTheSmallestMeetingTheBudget()
    {
        var usualError = Math.Sqrt(0.86 * 0.14 / 50);

        var limit = ShiryaevRoberts.Limit(0.86, 0.76, usualError, 300, 260, 15, 5);

        Assert.InRange(limit, 50, 200);
        Assert.True(ShiryaevRoberts.FalseSignalChance(0.86, 0.76, usualError, 300, limit, 15, 5) <= 1 / 260.0);
        Assert.True(ShiryaevRoberts.FalseSignalChance(0.86, 0.76, usualError, 300, limit - 0.1, 15, 5) > 1 / 260.0);
    }

    /// <summary>2,000 ratings a day on the same 50: no limit the chain can reach meets the budget, and the unit is not
    /// watched (+∞) rather than the search failing.</summary>
    [Fact]
    public void Limit_NoLimitWithinReach_IsInfinite()
    {
        Assert.Equal(double.PositiveInfinity, ShiryaevRoberts.Limit(0.86, 0.76, Math.Sqrt(0.86 * 0.14 / 50), 2_000, 260, 15, 5));
    }

    [Fact]
    public void Limit_DropNotBelowUsual_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ShiryaevRoberts.Limit(0.8, 0.8, 0, 10, 100, 15, 5));
    }
}
