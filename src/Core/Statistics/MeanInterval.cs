using MathNet.Numerics.Distributions;

namespace CchcFeedback.Core.Statistics;

/// <summary>A mean score with its Student-t confidence interval. Every factory returns null ("no data") for fewer
/// than two values, where a t-interval does not exist.</summary>
public sealed record MeanInterval(int Count, double Mean, double StandardDeviation, double Lower, double Upper, double Confidence)
{
    public static MeanInterval? FromValues(IReadOnlyCollection<double> values, double confidence = WilsonInterval.DefaultConfidence)
    {
        ArgumentNullException.ThrowIfNull(values);
        StatisticsGuard.Confidence(confidence);
        var n = values.Count;
        if (n < 2)
        {
            return null;
        }

        var mean = values.Average();
        var sumOfSquares = values.Sum(v => (v - mean) * (v - mean));
        return Build(n, mean, sumOfSquares, confidence);
    }

    /// <summary>The same interval from the distribution of answers 1–5, which is what published figures keep.</summary>
    public static MeanInterval? FromCounts(AnswerCounts counts, double confidence = WilsonInterval.DefaultConfidence)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var levels = Enumerable.Range(AnswerCounts.LowestLevel, AnswerCounts.HighestLevel - AnswerCounts.LowestLevel + 1).ToList();
        return FromSums(
            counts.Valid,
            levels.Sum(l => (double)l * counts.Count(l)),
            levels.Sum(l => (double)l * l * counts.Count(l)),
            confidence);
    }

    /// <summary>The same interval from n, Σx and Σx², which is what a rollup keeps of a score per respondent.</summary>
    public static MeanInterval? FromSums(long count, double sum, double sumOfSquares, double confidence = WilsonInterval.DefaultConfidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        StatisticsGuard.Confidence(confidence);
        if (count < 2)
        {
            return null;
        }

        var mean = sum / count;
        // Σ(x − x̄)² = Σx² − (Σx)²/n, floored at 0 against rounding when every value is equal.
        var squaresAboutMean = Math.Max(0, sumOfSquares - sum * sum / count);
        return Build(checked((int)count), mean, squaresAboutMean, confidence);
    }

    /// <summary>The mean of several means (the five elements of a form) with bounds that average theirs. The
    /// standard deviation of an average is at most the average of the standard deviations whatever the
    /// correlation between the parts, so these bounds are conservative when the parts rest on the same
    /// respondents; their covariances are not kept, so an exact interval cannot be had. Null when a part is.</summary>
    public static MeanInterval? AverageOf(IReadOnlyList<MeanInterval?> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0 || parts.Any(p => p is null))
        {
            return null;
        }

        var present = parts.Select(p => p!).ToList();
        return new MeanInterval(
            present.Min(p => p.Count),
            present.Average(p => p.Mean),
            present.Average(p => p.StandardDeviation),
            present.Average(p => p.Lower),
            present.Average(p => p.Upper),
            present[0].Confidence);
    }

    private static MeanInterval Build(int n, double mean, double sumOfSquares, double confidence)
    {
        var standardDeviation = Math.Sqrt(sumOfSquares / (n - 1));
        var t = StudentT.InvCDF(0, 1, n - 1, 1 - (1 - confidence) / 2);
        var halfWidth = t * standardDeviation / Math.Sqrt(n);
        return new MeanInterval(n, mean, standardDeviation, mean - halfWidth, mean + halfWidth, confidence);
    }
}
