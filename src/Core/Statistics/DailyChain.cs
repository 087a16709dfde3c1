using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace CchcFeedback.Core.Statistics;

/// <summary>A drop chart's statistic on an integer grid, one transition a day (Brook &amp; Evans 1972): a day moves
/// it by <see cref="LowestJump"/> + k grid units with chance <see cref="JumpChances"/>[k] in control — a Poisson
/// number of ratings around the unit's daily volume, each satisfied with the usual share p₀, each adding its
/// log-likelihood ratio of the drop level p₁ against p₀. What a day does to a state before its jump is the chart's
/// (a <c>start</c> function).</summary>
internal sealed record DailyChain(double Unit, int LowestJump, double[] JumpChances)
{
    // The most states a search tries; with more the unit has no limit within reach (StatesFor). A day over 8,000
    // states is two Fourier transforms of 16,384 points or more.
    private const int MaxStates = 8_000;

    /// <summary>The chain whose smaller per-rating step is <paramref name="resolution"/> grid units. A day's jump
    /// rarely falls on the grid: its probability is split between the grid points on either side of it, in the
    /// proportions that keep its mean. Rounding instead would shift the in-control drift, the small difference of
    /// the satisfied ratings' steps and the dissatisfied ones', by several per cent, and the run lengths with it.</summary>
    public static DailyChain For(double usual, double dropped, double ratingsPerDay, int resolution) =>
        For(usual, dropped, usual, ratingsPerDay, resolution);

    /// <summary>The chain of a chart built for <paramref name="usual"/> on ratings satisfied with
    /// <paramref name="share"/>: its in-control behaviour when the usual share it was given is off.</summary>
    public static DailyChain For(double usual, double dropped, double share, double ratingsPerDay, int resolution)
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
                var p = pn * Binomial.PMF(share, n, x);
                if (p > 1e-15)
                {
                    Split(jumps, ((n - x) * dissatisfied + x * satisfied) / unit, p);
                }
            }
        }
        var lowest = jumps.Keys.Min();
        var chances = new double[jumps.Keys.Max() - lowest + 1];
        foreach (var (jump, probability) in jumps)
        {
            chances[jump - lowest] = probability;
        }
        return new DailyChain(unit, lowest, chances);
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
    /// (I − R) L = 1, R the day's transitions among them, row i what a day makes of state i.</summary>
    public double RunLength(int states, Func<int, double> start)
    {
        var day = new DayMove(this, states, start);
        var transitions = Matrix<double>.Build.Dense(states, states);
        for (var i = 0; i < states; i++)
        {
            var from = new double[states];
            from[i] = 1;
            transitions.SetRow(i, day.Apply(from));
        }
        return (Matrix<double>.Build.DenseIdentity(states) - transitions).Solve(Vector<double>.Build.Dense(states, 1))[0];
    }

    /// <summary>The in-control chance of a signal on each of the first <paramref name="days"/> days of a chart
    /// started at state 0 and restarted there after each signal: the distribution over the states carried forward
    /// a day at a time, what leaves it being that day's signal.</summary>
    public double[] SignalChances(int states, Func<int, double> start, int days)
    {
        var day = new DayMove(this, states, start);
        var distribution = new double[states];
        distribution[0] = 1;
        var chances = new double[days];
        for (var d = 0; d < days; d++)
        {
            distribution = day.Apply(distribution);
            chances[d] = Math.Max(0, 1 - distribution.Sum());
            distribution[0] += chances[d];
        }
        return chances;
    }

    /// <summary>The fewest states that are <paramref name="enough"/> (a chart with more states signals less often):
    /// stepped up from <paramref name="from"/> (a count known to fall short, or 8), doubling the step, then bisected;
    /// none if <see cref="MaxStates"/> are not enough.</summary>
    public static int? StatesFor(Func<int, bool> enough, int from = 8)
    {
        var (low, high, step) = (from, from, 8);
        while (!enough(high))
        {
            if (high >= MaxStates)
            {
                return null;
            }
            (low, high, step) = (high, Math.Min(MaxStates, high + step), step * 2);
        }
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (enough(middle))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }
        return high;
    }
}
