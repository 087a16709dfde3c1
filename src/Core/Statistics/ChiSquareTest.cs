using MathNet.Numerics.Distributions;

namespace CchcFeedback.Core.Statistics;

/// <summary>Pearson's chi-square test of independence, as R's <c>chisq.test(table, correct = FALSE)</c>.</summary>
public static class ChiSquareTest
{
    public const double SignificanceLevel = 0.05;

    /// <summary>Rows and columns whose total is zero carry no information and are left out, as they would make
    /// expected counts of zero; the degrees of freedom follow the table that remains.</summary>
    public static ChiSquareResult Independence(long[,] table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = Enumerable.Range(0, table.GetLength(0)).ToArray();
        var columns = Enumerable.Range(0, table.GetLength(1)).ToArray();
        foreach (var cell in table)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(cell, nameof(table));
        }

        var rowTotals = rows.Select(r => columns.Sum(c => (double)table[r, c])).ToArray();
        var columnTotals = columns.Select(c => rows.Sum(r => (double)table[r, c])).ToArray();
        var keptRows = rows.Where(r => rowTotals[r] > 0).ToArray();
        var keptColumns = columns.Where(c => columnTotals[c] > 0).ToArray();
        // An all-zero table keeps no row and no column: (0 − 1)(0 − 1) would claim one degree of freedom.
        if (keptRows.Length < 2 || keptColumns.Length < 2)
        {
            return ChiSquareResult.NoTest;
        }

        var degreesOfFreedom = (keptRows.Length - 1) * (keptColumns.Length - 1);

        var total = rowTotals.Sum();
        var statistic = 0.0;
        var smallestExpected = double.MaxValue;
        foreach (var r in keptRows)
        {
            foreach (var c in keptColumns)
            {
                var expected = rowTotals[r] * columnTotals[c] / total;
                var difference = table[r, c] - expected;
                statistic += difference * difference / expected;
                smallestExpected = Math.Min(smallestExpected, expected);
            }
        }

        var pValue = 1 - ChiSquared.CDF(degreesOfFreedom, statistic);
        return new ChiSquareResult(statistic, degreesOfFreedom, pValue, smallestExpected);
    }

    /// <summary>Units × (satisfied, not satisfied).</summary>
    public static ChiSquareResult Independence(IReadOnlyList<UnitShare> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var table = new long[units.Count, 2];
        for (var i = 0; i < units.Count; i++)
        {
            Validate(units[i]);
            table[i, 0] = units[i].Satisfied;
            table[i, 1] = units[i].NotSatisfied;
        }

        return Independence(table);
    }

    /// <summary>Every pair of units by a 2×2 test; a unit is called better or worse than another only when the
    /// adjusted p-value is below <paramref name="significanceLevel"/>, so that among many pairs a few chance
    /// differences are not published as findings.</summary>
    public static IReadOnlyList<PairwiseComparison> Pairwise(
        IReadOnlyList<UnitShare> units,
        MultipleComparisonMethod method,
        double significanceLevel = SignificanceLevel)
    {
        ArgumentNullException.ThrowIfNull(units);
        StatisticsGuard.Confidence(significanceLevel, nameof(significanceLevel));
        var pairs = new List<(UnitShare First, UnitShare Second, ChiSquareResult Test)>();
        for (var i = 0; i < units.Count; i++)
        {
            for (var j = i + 1; j < units.Count; j++)
            {
                pairs.Add((units[i], units[j], Independence([units[i], units[j]])));
            }
        }

        var adjusted = MultipleComparisons.Adjust([.. pairs.Select(p => p.Test.PValue)], method);
        return [.. pairs.Select((p, i) => new PairwiseComparison(
            p.First, p.Second, p.Test, adjusted[i], Verdict(p.First, p.Second, adjusted[i], significanceLevel)))];
    }

    private static ComparisonVerdict Verdict(UnitShare first, UnitShare second, double adjustedPValue, double level) =>
        adjustedPValue >= level || first.Share == second.Share ? ComparisonVerdict.NoSignificantDifference
        : first.Share > second.Share ? ComparisonVerdict.FirstBetter
        : ComparisonVerdict.FirstWorse;

    private static void Validate(UnitShare unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentOutOfRangeException.ThrowIfNegative(unit.Satisfied, nameof(unit));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(unit.Satisfied, unit.Answers, nameof(unit));
    }
}
