using CchcFeedback.Core.Statistics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace CchcFeedback.Core.Tests.Statistics;

/// <summary>In-control runs of a daily drop chart, simulated to check its Markov chain: each day a Poisson number of
/// ratings, each satisfied with the usual share. Mersenne Twister, not <c>new Random(seed)</c>: a seeded
/// System.Random is .NET's legacy subtractive generator, whose binomial draws of 60 ratings a day have a visibly
/// heavier tail of dissatisfied days than the binomial's (a run length 10 % short).</summary>
public static class SimulatedRuns
{
    /// <summary>The mean number of days until <paramref name="step"/> (statistic, day's increment) reaches
    /// <paramref name="limit"/> from <paramref name="start"/>.</summary>
    public static double MeanRunLength(double usual, double dropped, double perDay, double limit, double start, Func<double, double, double> step, int runs, int seed)
    {
        var random = new MersenneTwister(seed);
        var total = 0.0;
        for (var run = 0; run < runs; run++)
        {
            var (statistic, days) = (start, 0);
            while (statistic < limit)
            {
                statistic = step(statistic, DayIncrement(random, usual, dropped, usual, perDay));
                days++;
            }
            total += days;
        }
        return total / runs;
    }

    /// <summary>The chance of a signal on one of the replay's days <paramref name="countedFrom"/> … +
    /// <paramref name="countedDays"/> − 1, on average, over <paramref name="replays"/> replays from
    /// <paramref name="start"/>, the statistic restarted after each signal; each replay's ratings are satisfied with
    /// a share drawn around the chart's usual share with standard deviation <paramref name="usualError"/> (a usual
    /// share that is only an estimate).</summary>
    public static double ChanceOnCountedDays(double usual, double dropped, double usualError, double perDay, double limit, double start, Func<double, double, double> step, int countedFrom, int countedDays, int replays, int seed)
    {
        var random = new MersenneTwister(seed);
        var signals = 0;
        for (var replay = 0; replay < replays; replay++)
        {
            var statistic = start;
            var share = Math.Clamp(Normal.Sample(random, usual, usualError), 0.001, 0.999);
            for (var day = 0; day < countedFrom + countedDays; day++)
            {
                statistic = step(statistic, DayIncrement(random, usual, dropped, share, perDay));
                if (statistic >= limit)
                {
                    statistic = start;
                    signals += day >= countedFrom ? 1 : 0;
                }
            }
        }
        return (double)signals / replays / countedDays;
    }

    /// <summary>One day of the chart built for <paramref name="usual"/>: a Poisson number of ratings, each satisfied
    /// with <paramref name="share"/>, and the sum of their log-likelihood ratios.</summary>
    private static double DayIncrement(Random random, double usual, double dropped, double share, double perDay)
    {
        var ratings = Poisson.Sample(random, perDay);
        var satisfied = ratings == 0 ? 0 : Binomial.Sample(random, share, ratings);
        return BernoulliCusum.Increment(usual, dropped, satisfied, ratings);
    }
}
