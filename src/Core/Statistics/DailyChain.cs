using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace CchcFeedback.Core.Statistics;

/// <summary>A drop chart's statistic on an integer grid, one transition a day (Brook &amp; Evans 1972): a day moves
/// it by <see cref="Jumps"/> grid units, with their probabilities in control — a Poisson number of ratings around
/// the unit's daily volume, each satisfied with the usual share p₀, each adding its log-likelihood ratio of the
/// drop level p₁ against p₀. The charts differ in what a day does to a state (<paramref name="next"/>).</summary>
internal sealed record DailyChain(double Unit, IReadOnlyList<(int Jump, double Probability)> Jumps)
{
    private const int MaxStates = 4_000;

    /// <summary>The chain whose smaller per-rating step is <paramref name="resolution"/> grid units.</summary>
    public static DailyChain For(double usual, double dropped, double ratingsPerDay, int resolution)
    {
        var (satisfied, dissatisfied) = BernoulliCusum.Steps(usual, dropped);
        var unit = Math.Min(-satisfied, dissatisfied) / resolution;
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

    /// <summary>The in-control average run length (days) from state 0 with states 0 … m−1: the solution L of
    /// (I − R) L = 1, R the day's transitions among them; <paramref name="next"/>(state, jump) is where a day takes
    /// a state (m or above is the signal, below 0 is state 0).</summary>
    public double RunLength(int states, Func<int, int, int> next)
    {
        var system = Matrix<double>.Build.DenseIdentity(states);
        for (var i = 0; i < states; i++)
        {
            foreach (var (jump, probability) in Jumps)
            {
                var to = Math.Max(0, next(i, jump));
                if (to < states)
                {
                    system[i, to] -= probability;
                }
            }
        }
        return system.Solve(Vector<double>.Build.Dense(states, 1))[0];
    }

    /// <summary>The fewest states whose run length reaches <paramref name="target"/> days: stepped up from
    /// <paramref name="from"/> (a count known to fall short, or 8), doubling the step, then bisected.</summary>
    public int StatesFor(double target, Func<int, int, int> next, int from = 8)
    {
        var (low, high, step) = (from, from, 8);
        while (RunLength(high, next) < target)
        {
            (low, high, step) = (high, high + step, step * 2);
            if (high > MaxStates)
            {
                throw new ArgumentOutOfRangeException(nameof(target), target, "No limit within reach gives so long a run length.");
            }
        }
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (RunLength(middle, next) < target)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
        return high;
    }
}
