using System.Collections.Concurrent;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

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
    private const int MaxStates = 4_000;

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
        var chain = DailyChain.For(usual, dropped, ratingsPerDay);
        return chain.RunLength(Math.Max(1, (int)Math.Ceiling(limit / chain.Unit)));
    }

    private static double SolveLimit(double usual, double dropped, double ratingsPerDay, double target)
    {
        var chain = DailyChain.For(usual, dropped, ratingsPerDay);
        var high = 8;
        while (chain.RunLength(high) < target)
        {
            high *= 2;
            if (high > MaxStates)
            {
                throw new ArgumentOutOfRangeException(nameof(target), target, "No limit within reach gives so long a run length.");
            }
        }
        var low = high / 2;
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (chain.RunLength(middle) < target)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
        return high * chain.Unit;
    }

    private static void Validate(double usual, double dropped)
    {
        if (!(usual > 0 && usual < 1 && dropped > 0 && dropped < usual))
        {
            throw new ArgumentOutOfRangeException(nameof(dropped), dropped, "The shares must satisfy 0 < drop level < usual level < 1.");
        }
    }

    /// <summary>The daily CUSUM on an integer grid: a day moves the sum by <see cref="Jumps"/> (grid units, with
    /// their probabilities in control); states 0 … m−1, m and above signal.</summary>
    private sealed record DailyChain(double Unit, IReadOnlyList<(int Jump, double Probability)> Jumps)
    {
        public static DailyChain For(double usual, double dropped, double ratingsPerDay)
        {
            var (satisfied, dissatisfied) = Steps(usual, dropped);
            var unit = Math.Min(-satisfied, dissatisfied) / Resolution;
            var (down, up) = ((int)Math.Round(-satisfied / unit), (int)Math.Round(dissatisfied / unit));
            var jumps = new Dictionary<int, double>();
            var most = (int)Math.Ceiling(ratingsPerDay + 8 * Math.Sqrt(ratingsPerDay) + 5);
            for (var n = 0; n <= most; n++)
            {
                var pn = Poisson.PMF(ratingsPerDay, n);
                for (var x = 0; x <= n; x++)
                {
                    var p = pn * Binomial.PMF(usual, n, x);
                    if (p > 1e-15)
                    {
                        var jump = (n - x) * up - x * down;
                        jumps[jump] = jumps.GetValueOrDefault(jump) + p;
                    }
                }
            }
            return new DailyChain(unit, [.. jumps.Select(j => (j.Key, j.Value))]);
        }

        /// <summary>ARL from state 0: the solution L of (I − R) L = 1 (Brook &amp; Evans), R the day's transitions
        /// among the states below m; a jump to or past m is the signal, one below 0 lands on 0.</summary>
        public double RunLength(int states)
        {
            var system = Matrix<double>.Build.DenseIdentity(states);
            for (var i = 0; i < states; i++)
            {
                foreach (var (jump, probability) in Jumps)
                {
                    var to = Math.Max(0, i + jump);
                    if (to < states)
                    {
                        system[i, to] -= probability;
                    }
                }
            }
            return system.Solve(Vector<double>.Build.Dense(states, 1))[0];
        }
    }
}
