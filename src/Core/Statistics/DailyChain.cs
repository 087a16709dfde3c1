using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace CchcFeedback.Core.Statistics;

/// <summary>A drop chart's statistic on an integer grid, one transition a day (Brook &amp; Evans 1972): a day moves
/// it by <see cref="Jumps"/> grid units, with their probabilities in control — a Poisson number of ratings around
/// the unit's daily volume, each satisfied with the usual share p₀, each adding its log-likelihood ratio of the
/// drop level p₁ against p₀. What a day does to a state before its jump is the chart's (a <c>start</c> function).</summary>
internal sealed record DailyChain(double Unit, IReadOnlyList<(int Jump, double Probability)> Jumps)
{
    private const int MaxStates = 4_000;

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
    /// (I − R) L = 1, R the day's transitions among them (<see cref="Transitions"/>).</summary>
    public double RunLength(int states, Func<int, double> start) =>
        (Matrix<double>.Build.DenseIdentity(states) - Transitions(states, start)).Solve(Vector<double>.Build.Dense(states, 1))[0];

    /// <summary>The in-control chance of a signal on each of the first <paramref name="days"/> days of a chart
    /// started at state 0 and restarted there after each signal: the distribution over the states carried forward
    /// a day at a time, what leaves it being that day's signal.</summary>
    public double[] SignalChances(int states, Func<int, double> start, int days)
    {
        var transitions = Transitions(states, start);
        var distribution = Vector<double>.Build.Dense(states);
        distribution[0] = 1;
        var chances = new double[days];
        for (var day = 0; day < days; day++)
        {
            distribution = transitions.TransposeThisAndMultiply(distribution);
            chances[day] = Math.Max(0, 1 - distribution.Sum());
            distribution[0] += chances[day];
        }
        return chances;
    }

    /// <summary>The day's transitions among states 0 … m−1. <paramref name="start"/>(state) is where the statistic
    /// stands, in grid units, when a day's jump is added to it (split between its grid points like the jumps); m or
    /// above is the signal, below 0 is state 0.</summary>
    private Matrix<double> Transitions(int states, Func<int, double> start)
    {
        var transitions = Matrix<double>.Build.Dense(states, states);
        for (var i = 0; i < states; i++)
        {
            var position = start(i);
            var below = (int)Math.Floor(position);
            var above = position - below;
            foreach (var (jump, probability) in Jumps)
            {
                Move(transitions, i, below + jump, probability * (1 - above), states);
                Move(transitions, i, below + jump + 1, probability * above, states);
            }
        }
        return transitions;
    }

    private static void Move(Matrix<double> transitions, int from, int to, double probability, int states)
    {
        to = Math.Max(0, to);
        if (to < states && probability > 0)
        {
            transitions[from, to] += probability;
        }
    }

    /// <summary>The fewest states that are <paramref name="enough"/> (a chart with more states signals less often):
    /// stepped up from <paramref name="from"/> (a count known to fall short, or 8), doubling the step, then bisected.</summary>
    public static int StatesFor(Func<int, bool> enough, int from = 8)
    {
        var (low, high, step) = (from, from, 8);
        while (!enough(high))
        {
            (low, high, step) = (high, high + step, step * 2);
            if (high > MaxStates)
            {
                throw new ArgumentOutOfRangeException(nameof(enough), "No limit within reach gives so few false signals.");
            }
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
