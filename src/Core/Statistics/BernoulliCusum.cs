using System.Collections.Concurrent;

namespace CchcFeedback.Core.Statistics;

/// <summary>Page's one-sided CUSUM for a fall in a share, on Bernoulli ratings (Reynolds &amp; Stoumbos 1999): each
/// rating adds its log-likelihood ratio of the drop level p₁ against the usual level p₀, the sum is floored at 0
/// once a day (the ratings come as daily tallies), and a sum reaching h signals. The limit h comes from the
/// in-control average run length in days by the Markov-chain method of Brook &amp; Evans (1972), the chain's step
/// being one day's ratings: a Poisson number around the unit's daily volume, each satisfied with p₀
/// (docs/adr/0013-sustained-drop-alerts.md).</summary>
public static class BernoulliCusum
{
    // The smaller of the two per-rating steps is this many grid units: the chain's steps are within ±5 % of the
    // true ones, and h is found to a tenth of that step.
    private const int Resolution = 10;

    private static readonly ConcurrentDictionary<(double P0, double P1, double PerDay, double Days), double> Limits = new();

    /// <summary>What one satisfied rating adds (negative) and one dissatisfied rating adds (positive).</summary>
    public static (double Satisfied, double Dissatisfied) Steps(double usual, double dropped)
    {
        Validate(usual, dropped);
        return (Math.Log(dropped / usual), Math.Log((1 - dropped) / (1 - usual)));
    }

    /// <summary>The increment of a batch of ratings (a day's): the sum of their steps.</summary>
    public static double Increment(double usual, double dropped, int satisfied, int ratings)
    {
        var (up, down) = Steps(usual, dropped);
        return satisfied * up + (ratings - satisfied) * down;
    }

    /// <summary>The smallest limit h whose in-control average run length is at least <paramref name="daysToFalseSignal"/>
    /// days with ratings, at <paramref name="ratingsPerDay"/> ratings a day on average. Cached: the caller rounds
    /// its arguments so that the units of a province share a few hundred solutions.</summary>
    public static double Limit(double usual, double dropped, double ratingsPerDay, double daysToFalseSignal)
    {
        Validate(usual, dropped);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ratingsPerDay, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(daysToFalseSignal, 1);
        return Limits.GetOrAdd((usual, dropped, ratingsPerDay, daysToFalseSignal), key => SolveLimit(key.P0, key.P1, key.PerDay, key.Days));
    }

    /// <summary>The in-control average run length (days) of the chart with limit h, by the Markov chain.</summary>
    public static double RunLength(double usual, double dropped, double ratingsPerDay, double limit)
    {
        Validate(usual, dropped);
        var chain = DailyChain.For(usual, dropped, ratingsPerDay, Resolution);
        return chain.RunLength(Math.Max(1, (int)Math.Ceiling(limit / chain.Unit)), Next);
    }

    private static double SolveLimit(double usual, double dropped, double ratingsPerDay, double target)
    {
        var chain = DailyChain.For(usual, dropped, ratingsPerDay, Resolution);
        return chain.StatesFor(target, Next) * chain.Unit;
    }

    // The sum moves by the day's jump from where it is, floored at 0.
    private static double Next(int state) => state;

    internal static void Validate(double usual, double dropped)
    {
        if (!(usual > 0 && usual < 1 && dropped > 0 && dropped < usual))
        {
            throw new ArgumentOutOfRangeException(nameof(dropped), dropped, "The shares must satisfy 0 < drop level < usual level < 1.");
        }
    }
}
