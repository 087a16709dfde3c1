using MathNet.Numerics.Distributions;

namespace CchcFeedback.Core.Statistics;

/// <summary>A mean score with its Student-t confidence interval.</summary>
public sealed record MeanInterval(int Count, double Mean, double StandardDeviation, double Lower, double Upper, double Confidence)
{
    public static MeanInterval FromValues(IReadOnlyCollection<double> values, double confidence = WilsonInterval.DefaultConfidence)
    {
        ArgumentNullException.ThrowIfNull(values);
        var n = values.Count;
        RequireTwo(n);
        var mean = values.Average();
        var sumOfSquares = values.Sum(v => (v - mean) * (v - mean));
        return Build(n, mean, sumOfSquares, confidence);
    }

    /// <summary>The same interval from the distribution of answers 1–5, which is what published figures keep.</summary>
    public static MeanInterval FromCounts(AnswerCounts counts, double confidence = WilsonInterval.DefaultConfidence)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var n = counts.Valid;
        RequireTwo(n);
        var levels = Enumerable.Range(AnswerCounts.LowestLevel, AnswerCounts.HighestLevel - AnswerCounts.LowestLevel + 1);
        var mean = levels.Sum(l => (double)l * counts.Count(l)) / n;
        var sumOfSquares = levels.Sum(l => counts.Count(l) * (l - mean) * (l - mean));
        return Build(n, mean, sumOfSquares, confidence);
    }

    private static MeanInterval Build(int n, double mean, double sumOfSquares, double confidence)
    {
        StatisticsGuard.Confidence(confidence);
        var standardDeviation = Math.Sqrt(sumOfSquares / (n - 1));
        var t = StudentT.InvCDF(0, 1, n - 1, 1 - (1 - confidence) / 2);
        var halfWidth = t * standardDeviation / Math.Sqrt(n);
        return new MeanInterval(n, mean, standardDeviation, mean - halfWidth, mean + halfWidth, confidence);
    }

    private static void RequireTwo(int n)
    {
        if (n < 2)
        {
            throw new ArgumentException("A t-interval needs at least two values.");
        }
    }
}
