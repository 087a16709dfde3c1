namespace CchcFeedback.Core.Statistics;

/// <summary>Cronbach's alpha of an element's items, with the number of complete cases it rests on.
/// alpha = k/(k−1) · (1 − Σ item variances / variance of the total), the total's variance being the sum of
/// the whole covariance matrix.</summary>
public sealed record CronbachAlpha(double Value, int Items, long CompleteCases)
{
    public static CronbachAlpha FromCovariance(double[,] covariance, long completeCases)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        var k = covariance.GetLength(0);
        if (covariance.GetLength(1) != k)
        {
            throw new ArgumentException("The covariance matrix must be square.", nameof(covariance));
        }

        var itemVariances = new double[k];
        var totalVariance = 0.0;
        for (var i = 0; i < k; i++)
        {
            itemVariances[i] = covariance[i, i];
            for (var j = 0; j < k; j++)
            {
                totalVariance += covariance[i, j];
            }
        }

        return FromVariances(itemVariances, totalVariance, completeCases);
    }

    /// <summary>When every case gives the same total (zero variance) alpha is undefined and is NaN.</summary>
    public static CronbachAlpha FromVariances(IReadOnlyList<double> itemVariances, double totalVariance, long completeCases)
    {
        ArgumentNullException.ThrowIfNull(itemVariances);
        ArgumentOutOfRangeException.ThrowIfNegative(completeCases);
        var k = itemVariances.Count;
        if (k < 2)
        {
            throw new ArgumentException("Cronbach's alpha needs at least two items.", nameof(itemVariances));
        }

        var value = totalVariance > 0
            ? k / (k - 1.0) * (1 - itemVariances.Sum() / totalVariance)
            : double.NaN;
        return new CronbachAlpha(value, k, completeCases);
    }

    /// <summary>Null ("no data") with fewer than two complete cases, where no variance exists.</summary>
    public static CronbachAlpha? FromMoments(ItemMoments moments)
    {
        ArgumentNullException.ThrowIfNull(moments);
        return moments.Cases < 2 ? null : FromCovariance(moments.Covariance(), moments.Cases);
    }

    /// <summary>From what the rollup keeps per element: each item's Σx and Σx², and Σ and Σ² of the element's
    /// total, all over the same complete cases. Null ("no data") with fewer than two cases.</summary>
    public static CronbachAlpha? FromSums(long completeCases, IReadOnlyList<(double Sum, double SumOfSquares)> items, (double Sum, double SumOfSquares) total)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(completeCases);
        if (completeCases < 2)
        {
            return null;
        }

        double Variance((double Sum, double SumOfSquares) item) =>
            Math.Max(0, item.SumOfSquares - item.Sum * item.Sum / completeCases) / (completeCases - 1);
        return FromVariances([.. items.Select(Variance)], Variance(total), completeCases);
    }
}
