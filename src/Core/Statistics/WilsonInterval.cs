using MathNet.Numerics.Distributions;

namespace CchcFeedback.Core.Statistics;

/// <summary>A share k/n with its Wilson score interval.</summary>
public sealed record WilsonInterval(int Successes, int Trials, double Estimate, double Lower, double Upper, double Confidence)
{
    public const double DefaultConfidence = 0.95;

    /// <summary>Wilson score interval without continuity correction, as R's
    /// <c>prop.test(x, n, correct = FALSE)$conf.int</c>. Chosen over the Wald interval because it stays inside
    /// [0, 1] and keeps its coverage near 0% and 100%, where counters with few answers often sit.</summary>
    public static WilsonInterval Compute(int successes, int trials, double confidence = DefaultConfidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        StatisticsGuard.Confidence(confidence);

        var z = Normal.InvCDF(0, 1, 1 - (1 - confidence) / 2);
        double n = trials;
        var p = successes / n;
        var denominator = 1 + z * z / n;
        var centre = (p + z * z / (2 * n)) / denominator;
        var halfWidth = z / denominator * Math.Sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        return new WilsonInterval(
            successes, trials, p, Math.Max(0, centre - halfWidth), Math.Min(1, centre + halfWidth), confidence);
    }

    /// <summary>The interval, or null ("no data") when there are no trials.</summary>
    public static WilsonInterval? ComputeOrNone(int successes, int trials, double confidence = DefaultConfidence) =>
        trials == 0 && successes == 0 ? null : Compute(successes, trials, confidence);
}
