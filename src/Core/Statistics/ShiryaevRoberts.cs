using System.Collections.Concurrent;

namespace CchcFeedback.Core.Statistics;

/// <summary>The Shiryaev–Roberts statistic for a fall in a share, on Bernoulli ratings in daily tallies: R after a
/// day is (1 + R) times the day's likelihood ratio of the drop level p₁ against the usual level p₀ (Shiryaev 1963,
/// Roberts 1966), R = 0 at the start and after a signal, a signal when R reaches A. Where Page's CUSUM keeps the most
/// likely start of a drop (the maximum over starts), this sums the evidence over every possible start; it is optimal
/// for detecting a change that comes after a long time in control (Pollak &amp; Tartakovsky 2009), which is the
/// case of a counter watched all year. Kept on the log scale: log R' = log(1 + R) + the day's log-likelihood ratio.
/// The limit log A comes from the in-control average run length by a Markov chain on log R (docs/adr/0013).</summary>
public static class ShiryaevRoberts
{
    // log R below this is R ≈ 0 (e⁻⁶ ≈ 0.0025, a day's 1 + R off by a quarter of a per cent): the chain's state 0.
    // Its limits are within 0.02 of those with a floor of −8 and a finer grid, at a third of the solving time.
    private const double Floor = -6;

    // The smaller per-rating step is this many grid units: coarser than the CUSUM's chain, since this one also
    // spans the range below 0; the chain is checked against simulated runs (ShiryaevRobertsTests).
    private const int Resolution = 4;

    private static readonly ConcurrentDictionary<(double P0, double P1, double PerDay, double Days), double> Limits = new();

    /// <summary>log R after a day whose ratings add <paramref name="increment"/> (the sum of their log-likelihood
    /// ratios, <see cref="BernoulliCusum.Increment"/>), from <paramref name="logR"/> (−∞ for R = 0).</summary>
    public static double Step(double logR, double increment) => Softplus(logR) + increment;

    /// <summary>The smallest limit log A whose in-control average run length is at least
    /// <paramref name="daysToFalseSignal"/> days with ratings, at <paramref name="ratingsPerDay"/> ratings a day.
    /// Cached: the caller rounds its arguments.</summary>
    public static double Limit(double usual, double dropped, double ratingsPerDay, double daysToFalseSignal)
    {
        BernoulliCusum.Validate(usual, dropped);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ratingsPerDay, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(daysToFalseSignal, 1);
        return Limits.GetOrAdd((usual, dropped, ratingsPerDay, daysToFalseSignal), key =>
        {
            var chain = DailyChain.For(key.P0, key.P1, key.PerDay, Resolution);
            // R is at least the CUSUM's e^sum, so log A is above the CUSUM's limit h: the search starts there.
            var below = (int)Math.Floor((BernoulliCusum.Limit(key.P0, key.P1, key.PerDay, key.Days) - Floor) / chain.Unit);
            return Floor + chain.StatesFor(key.Days, Next(chain.Unit), Math.Max(8, below)) * chain.Unit;
        });
    }

    /// <summary>The in-control average run length (days) with limit log A, by the Markov chain.</summary>
    public static double RunLength(double usual, double dropped, double ratingsPerDay, double logLimit)
    {
        BernoulliCusum.Validate(usual, dropped);
        var chain = DailyChain.For(usual, dropped, ratingsPerDay, Resolution);
        return chain.RunLength(Math.Max(1, (int)Math.Ceiling((logLimit - Floor) / chain.Unit)), Next(chain.Unit));
    }

    // State i is log R = Floor + i·unit; a day takes it to log(1 + R) plus the day's jump, on the grid.
    private static Func<int, double> Next(double unit) =>
        state => (Softplus(Floor + state * unit) - Floor) / unit;

    // log(1 + eˣ), without overflow for large x; log(1 + 0) = 0 for x = −∞.
    private static double Softplus(double x) => x > 30 ? x : Math.Log(1 + Math.Exp(x));
}
