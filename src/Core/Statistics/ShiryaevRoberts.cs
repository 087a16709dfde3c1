using System.Collections.Concurrent;

namespace CchcFeedback.Core.Statistics;

/// <summary>The Shiryaev–Roberts statistic for a fall in a share, on Bernoulli ratings in daily tallies: R after a
/// day is (1 + R) times the day's likelihood ratio of the drop level p₁ against the usual level p₀ (Shiryaev 1963,
/// Roberts 1966), R = 0 at the start and after a signal, a signal when R reaches A. Where Page's CUSUM keeps the most
/// likely start of a drop (the maximum over starts), this sums the evidence over every possible start; it is optimal
/// for detecting a change that comes after a long time in control (Pollak &amp; Tartakovsky 2009), which is the
/// case of a counter watched all year. Kept on the log scale: log R' = log(1 + R) + the day's log-likelihood ratio.
/// The limit log A comes from the in-control chance of a signal on the days a replaying job counts, by a Markov chain
/// on log R (docs/adr/0013).</summary>
public static class ShiryaevRoberts
{
    // log R below this is R ≈ 0 (e⁻⁶ ≈ 0.0025, a day's 1 + R off by a quarter of a per cent): the chain's state 0.
    // Its limits are within 0.02 of those with a floor of −8 and a finer grid, at a third of the solving time.
    private const double Floor = -6;

    // The smaller per-rating step is this many grid units; the chain is checked against simulated runs and replays
    // (ShiryaevRobertsTests).
    private const int Resolution = 4;

    private static readonly ConcurrentDictionary<(double P0, double P1, double Error, double PerDay, double Days, int From, int Count), double> Limits = new();

    /// <summary>log R after a day whose ratings add <paramref name="increment"/> (the sum of their log-likelihood
    /// ratios, <see cref="BernoulliCusum.Increment"/>), from <paramref name="logR"/> (−∞ for R = 0).</summary>
    public static double Step(double logR, double increment) => Softplus(logR) + increment;

    /// <summary>The smallest limit log A at which the chart, replayed from R = 0 on a Poisson number of ratings a
    /// day around <paramref name="ratingsPerDay"/>, signals on its days <paramref name="countedFrom"/> …
    /// <paramref name="countedFrom"/> + <paramref name="countedDays"/> − 1 (counted from 0) no more often, on
    /// average, than once in <paramref name="daysToFalseSignal"/> days. A job that replays a window of recent
    /// days and reports the signals of its last days runs exactly this chart; on few ratings a day R has not
    /// reached its long-run level by then, and a limit from the average run length of a chart run forever would be
    /// too high for it (<see cref="RunLength"/>). The usual share is an estimate with standard error
    /// <paramref name="usualError"/>: the chance is averaged over where the true share may be (Gauss–Hermite, five
    /// nodes), so that the budget holds on average over units whose estimate happens high or low — the unconditional
    /// in-control performance of Jones, Champ &amp; Rigdon (2004). +∞ when no limit within reach meets the budget: a
    /// busy unit whose usual share rests on few ratings, whose true share may well be below the drop level, is not
    /// watched until its history grows (the chance then falls too slowly with the limit for any that can be
    /// computed). Cached: the caller rounds its arguments.</summary>
    public static double Limit(double usual, double dropped, double usualError, double ratingsPerDay, double daysToFalseSignal, int countedFrom, int countedDays)
    {
        BernoulliCusum.Validate(usual, dropped);
        ArgumentOutOfRangeException.ThrowIfNegative(usualError);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ratingsPerDay, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(daysToFalseSignal, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(countedFrom);
        ArgumentOutOfRangeException.ThrowIfLessThan(countedDays, 1);
        return Limits.GetOrAdd((usual, dropped, usualError, ratingsPerDay, daysToFalseSignal, countedFrom, countedDays), key =>
        {
            var chains = Chains(key.P0, key.P1, key.Error, key.PerDay);
            var states = DailyChain.StatesFor(m => FalseSignalChance(chains, m, key.From, key.Count) <= 1 / key.Days);
            return states is { } m ? Floor + m * chains[0].Chain.Unit : double.PositiveInfinity;
        });
    }

    /// <summary>The in-control chance of a signal on one of the counted days of the replay, on average over the
    /// days and over the true share, with limit log A, by the Markov chain.</summary>
    public static double FalseSignalChance(double usual, double dropped, double usualError, double ratingsPerDay, double logLimit, int countedFrom, int countedDays)
    {
        BernoulliCusum.Validate(usual, dropped);
        var chains = Chains(usual, dropped, usualError, ratingsPerDay);
        return FalseSignalChance(chains, States(chains[0].Chain, logLimit), countedFrom, countedDays);
    }

    // The probabilists' Gauss–Hermite rule with five nodes: E f(Z), Z standard normal, exact for polynomials to degree 9.
    private static readonly (double Node, double Weight)[] NormalNodes =
    [
        (0, 8.0 / 15), (1.355626179974266, 0.2220759220056126), (-1.355626179974266, 0.2220759220056126),
        (2.856970013872806, 0.011257411327720691), (-2.856970013872806, 0.011257411327720691),
    ];

    private static (DailyChain Chain, double Weight)[] Chains(double usual, double dropped, double usualError, double ratingsPerDay) =>
        usualError == 0
            ? [(DailyChain.For(usual, dropped, ratingsPerDay, Resolution), 1)]
            : [.. NormalNodes.Select(n => (DailyChain.For(usual, dropped, Math.Clamp(usual + n.Node * usualError, 0.001, 0.999), ratingsPerDay, Resolution), n.Weight))];

    private static double FalseSignalChance((DailyChain Chain, double Weight)[] chains, int states, int countedFrom, int countedDays) =>
        chains.Sum(c => c.Weight * c.Chain.SignalChances(states, Next(c.Chain.Unit), countedFrom + countedDays).Skip(countedFrom).Average());

    private static int States(DailyChain chain, double logLimit) => Math.Max(1, (int)Math.Ceiling((logLimit - Floor) / chain.Unit));

    /// <summary>The in-control average run length (days) with limit log A, by the Markov chain.</summary>
    public static double RunLength(double usual, double dropped, double ratingsPerDay, double logLimit)
    {
        BernoulliCusum.Validate(usual, dropped);
        var chain = DailyChain.For(usual, dropped, ratingsPerDay, Resolution);
        return chain.RunLength(States(chain, logLimit), Next(chain.Unit));
    }

    // State i is log R = Floor + i·unit; a day takes it to log(1 + R) plus the day's jump, on the grid.
    private static Func<int, double> Next(double unit) =>
        state => (Softplus(Floor + state * unit) - Floor) / unit;

    // log(1 + eˣ), without overflow for large x; log(1 + 0) = 0 for x = −∞.
    private static double Softplus(double x) => x > 30 ? x : Math.Log(1 + Math.Exp(x));
}
