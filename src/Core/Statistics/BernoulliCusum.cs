using System.Collections.Concurrent;

namespace CchcFeedback.Core.Statistics;

/// <summary>Page's one-sided CUSUM for a fall in a share, on Bernoulli ratings (Reynolds &amp; Stoumbos 1999): each
/// rating adds its log-likelihood ratio of the drop level p₁ against the usual level p₀, the sum is floored at 0,
/// and a sum reaching h signals. The limit h comes from the in-control average run length (ratings until a false
/// signal) by the Markov-chain method of Brook &amp; Evans (1972), see docs/adr/0013-sustained-drop-alerts.md.</summary>
public static class BernoulliCusum
{
    // The smaller of the two steps is this many grid units: the chain's steps are then within ±2.5 % of the true
    // ones, and h is exact to a twentieth of that step.
    private const int Resolution = 20;
    private const int MaxStates = 20_000;

    private static readonly ConcurrentDictionary<(double P0, double P1, double Arl), double> Limits = new();

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

    /// <summary>The smallest limit h whose in-control average run length is at least <paramref name="ratingsToFalseSignal"/>
    /// ratings. Cached: the alert job asks for a few hundred (p₀, p₁, ARL) triples, rounded by the caller.</summary>
    public static double Limit(double usual, double dropped, double ratingsToFalseSignal)
    {
        Validate(usual, dropped);
        ArgumentOutOfRangeException.ThrowIfLessThan(ratingsToFalseSignal, 1);
        return Limits.GetOrAdd((usual, dropped, ratingsToFalseSignal), key => SolveLimit(key.P0, key.P1, key.Arl));
    }

    /// <summary>The in-control average run length (ratings) of the chart with limit h, by the Markov chain.</summary>
    public static double RunLength(double usual, double dropped, double limit)
    {
        Validate(usual, dropped);
        var grid = Grid.For(usual, dropped);
        return grid.RunLength(usual, Math.Max(1, (int)Math.Ceiling(limit / grid.Unit)));
    }

    private static double SolveLimit(double usual, double dropped, double target)
    {
        var grid = Grid.For(usual, dropped);
        var high = 1;
        while (grid.RunLength(usual, high) < target)
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
            if (grid.RunLength(usual, middle) < target)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
        return high * grid.Unit;
    }

    private static void Validate(double usual, double dropped)
    {
        if (!(usual > 0 && usual < 1 && dropped > 0 && dropped < usual))
        {
            throw new ArgumentOutOfRangeException(nameof(dropped), dropped, "The shares must satisfy 0 < drop level < usual level < 1.");
        }
    }

    /// <summary>The CUSUM on an integer grid: a satisfied rating moves down <see cref="Down"/> units, a dissatisfied
    /// one up <see cref="Up"/>; states 0 … m−1, m and above signal.</summary>
    private sealed record Grid(double Unit, int Up, int Down)
    {
        public static Grid For(double usual, double dropped)
        {
            var (satisfied, dissatisfied) = Steps(usual, dropped);
            var unit = Math.Min(-satisfied, dissatisfied) / Resolution;
            return new Grid(unit, (int)Math.Round(dissatisfied / unit), (int)Math.Round(-satisfied / unit));
        }

        /// <summary>ARL from state 0: the solution L of (I − R) L = 1 (Brook &amp; Evans), R the transitions among
        /// states below m. I − R is a banded M-matrix (Down below the diagonal, Up above), so Gaussian elimination
        /// without pivoting is stable and costs m·Up·Down.</summary>
        public double RunLength(double usual, int states)
        {
            var (lower, upper) = (Down, Up);
            var width = lower + upper + 1;
            var band = new double[states * width]; // row i, column j at i*width + (j − i + lower)
            var rhs = new double[states];
            ref double At(int i, int j) => ref band[i * width + j - i + lower];
            for (var i = 0; i < states; i++)
            {
                At(i, i) += 1;
                At(i, Math.Max(0, i - Down)) -= usual;
                if (i + Up < states)
                {
                    At(i, i + Up) -= 1 - usual;
                }
                rhs[i] = 1;
            }
            for (var k = 0; k < states; k++)
            {
                var pivot = At(k, k);
                for (var i = k + 1; i <= Math.Min(states - 1, k + lower); i++)
                {
                    var factor = At(i, k) / pivot;
                    if (factor == 0)
                    {
                        continue;
                    }
                    for (var j = k; j <= Math.Min(states - 1, k + upper); j++)
                    {
                        At(i, j) -= factor * At(k, j);
                    }
                    rhs[i] -= factor * rhs[k];
                }
            }
            var solution = new double[states];
            for (var i = states - 1; i >= 0; i--)
            {
                var sum = rhs[i];
                for (var j = i + 1; j <= Math.Min(states - 1, i + upper); j++)
                {
                    sum -= At(i, j) * solution[j];
                }
                solution[i] = sum / At(i, i);
            }
            return solution[0];
        }
    }
}
