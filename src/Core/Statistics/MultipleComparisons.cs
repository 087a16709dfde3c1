namespace CchcFeedback.Core.Statistics;

/// <summary>Adjusted p-values, in the input's order, as R's <c>p.adjust(p, "holm")</c> and
/// <c>p.adjust(p, "BH")</c>.</summary>
public static class MultipleComparisons
{
    public static double[] Adjust(IReadOnlyList<double> pValues, MultipleComparisonMethod method) => method switch
    {
        MultipleComparisonMethod.Holm => Holm(pValues),
        MultipleComparisonMethod.BenjaminiHochberg => BenjaminiHochberg(pValues),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    public static double[] Holm(IReadOnlyList<double> pValues)
    {
        var order = AscendingOrder(pValues);
        var m = order.Length;
        var adjusted = new double[m];
        var runningMax = 0.0;
        for (var rank = 0; rank < m; rank++)
        {
            var i = order[rank];
            runningMax = Math.Max(runningMax, Math.Min(1, (m - rank) * pValues[i]));
            adjusted[i] = runningMax;
        }

        return adjusted;
    }

    public static double[] BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        var order = AscendingOrder(pValues);
        var m = order.Length;
        var adjusted = new double[m];
        var runningMin = 1.0;
        for (var rank = m - 1; rank >= 0; rank--)
        {
            var i = order[rank];
            runningMin = Math.Min(runningMin, pValues[i] * m / (rank + 1));
            adjusted[i] = runningMin;
        }

        return adjusted;
    }

    private static int[] AscendingOrder(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        for (var i = 0; i < pValues.Count; i++)
        {
            StatisticsGuard.Probability(pValues[i], nameof(pValues));
        }

        return [.. Enumerable.Range(0, pValues.Count).OrderBy(i => pValues[i])];
    }
}
