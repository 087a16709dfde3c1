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

    /// <summary>The chain whose smaller per-rating step is <paramref name="resolution"/> grid units. A day's jump
    /// rarely falls on the grid: its probability is split between the grid points on either side of it, in the
    /// proportions that keep its mean. Rounding instead would shift the in-control drift, the small difference of
    /// the satisfied ratings' steps and the dissatisfied ones', by several per cent, and the run lengths with it.</summary>
    public static DailyChain For(double usual, double dropped, double ratingsPerDay, int resolution)
    {
        var (satisfied, dissatisfied) = BernoulliCusum.Steps(usual, dropped);
        var unit = Math.Min(-satisfied, dissatisfied) / resolution;
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
                    Split(jumps, ((n - x) * dissatisfied + x * satisfied) / unit, p);
                }
            }
        }
        return new DailyChain(unit, [.. jumps.Select(j => (j.Key, j.Value))]);
    }

    private static void Split(Dictionary<int, double> points, double position, double probability)
    {
        var below = (int)Math.Floor(position);
        var above = position - below;
        points[below] = points.GetValueOrDefault(below) + probability * (1 - above);
        if (above > 0)
        {
            points[below + 1] = points.GetValueOrDefault(below + 1) + probability * above;
        }
    }

    /// <summary>The in-control average run length (days) from state 0 with states 0 … m−1: the solution L of
    /// (I − R) L = 1, R the day's transitions among them. <paramref name="start"/>(state) is where the statistic
    /// stands, in grid units, when a day's jump is added to it (split between its grid points like the jumps); m or
    /// above is the signal, below 0 is state 0.</summary>
    public double RunLength(int states, Func<int, double> start)
    {
        var system = Matrix<double>.Build.DenseIdentity(states);
        for (var i = 0; i < states; i++)
        {
            var position = start(i);
            var below = (int)Math.Floor(position);
            var above = position - below;
            foreach (var (jump, probability) in Jumps)
            {
                Move(system, i, below + jump, probability * (1 - above), states);
                Move(system, i, below + jump + 1, probability * above, states);
            }
        }
        return system.Solve(Vector<double>.Build.Dense(states, 1))[0];
    }

    private static void Move(Matrix<double> system, int from, int to, double probability, int states)
    {
        to = Math.Max(0, to);
        if (to < states && probability > 0)
        {
            system[from, to] -= probability;
        }
    }

    /// <summary>The fewest states whose run length reaches <paramref name="target"/> days: stepped up from
    /// <paramref name="from"/> (a count known to fall short, or 8), doubling the step, then bisected.</summary>
    public int StatesFor(double target, Func<int, double> start, int from = 8)
    {
        var (low, high, step) = (from, from, 8);
        while (RunLength(high, start) < target)
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
            if (RunLength(middle, start) < target)
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
