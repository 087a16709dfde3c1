using MathNet.Numerics.Distributions;

namespace CchcFeedback.Core.Statistics;

/// <summary>A p-chart per counter against its own recent past (SIPAS.md, alerts).</summary>
public static class ControlChart
{
    public const int BaselineWeeks = 12;
    public const double Sigmas = 3;
    public const int MinimumAnswers = SmallCellRule.MinimumAnswers;
    public const double FalseDiscoveryRate = 0.05;

    /// <summary>The centre line is the pooled share of the last 12 weeks (earlier weeks passed in are ignored);
    /// the lower limit p̄ − 3·√(p̄(1−p̄)/n) uses this week's n, so a quiet week gets a wider band.</summary>
    public static PChartCheck Check(
        IReadOnlyList<WeeklyCount> pastWeeks, WeeklyCount week, int minimumAnswers = MinimumAnswers)
    {
        ArgumentNullException.ThrowIfNull(pastWeeks);
        ArgumentNullException.ThrowIfNull(week);
        Validate(week);
        var baseline = pastWeeks.Skip(Math.Max(0, pastWeeks.Count - BaselineWeeks)).ToList();
        baseline.ForEach(Validate);
        var baselineAnswers = baseline.Sum(w => (long)w.Answers);
        if (baselineAnswers == 0)
        {
            throw new ArgumentException("The counter has no answers in its baseline weeks.", nameof(pastWeeks));
        }

        var centre = baseline.Sum(w => (double)w.Satisfied) / baselineAnswers;
        if (week.Answers == 0)
        {
            return new PChartCheck(week, centre, double.NaN, 1, false, false);
        }

        var lowerLimit = Math.Max(0, centre - Sigmas * Math.Sqrt(centre * (1 - centre) / week.Answers));

        // The p-value is the exact binomial lower tail P(X ≤ k | n, p̄) rather than the normal approximation
        // behind the 3-sigma limit, which is poor for the 10–30 answers a counter often has in a week.
        var pValue = Binomial.CDF(centre, week.Answers, week.Satisfied);
        var enough = week.Answers >= minimumAnswers;
        return new PChartCheck(week, centre, lowerLimit, pValue, enough, enough && week.Share < lowerLimit);
    }

    /// <summary>With many counters checked each week some fall below their limit by chance; an alert stands only
    /// when its one-sided p-value, adjusted by Benjamini–Hochberg over the checks with enough answers, is below
    /// the false discovery rate. Checks with too few answers are not tested and never alert.</summary>
    public static IReadOnlyList<CorrectedAlert> CorrectForManyCounters(
        IReadOnlyList<PChartCheck> checks, double falseDiscoveryRate = FalseDiscoveryRate)
    {
        ArgumentNullException.ThrowIfNull(checks);
        StatisticsGuard.Confidence(falseDiscoveryRate, nameof(falseDiscoveryRate));
        var tested = checks.Select((c, i) => (Check: c, Index: i)).Where(t => t.Check.HasEnoughAnswers).ToList();
        var adjusted = MultipleComparisons.BenjaminiHochberg([.. tested.Select(t => t.Check.OneSidedPValue)]);
        var adjustedByIndex = tested.Select((t, i) => (t.Index, Adjusted: adjusted[i])).ToDictionary(t => t.Index, t => t.Adjusted);
        return [.. checks.Select((c, i) => adjustedByIndex.TryGetValue(i, out var p)
            ? new CorrectedAlert(c, p, c.Alert && p < falseDiscoveryRate)
            : new CorrectedAlert(c, double.NaN, false))];
    }

    private static void Validate(WeeklyCount week)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentOutOfRangeException.ThrowIfNegative(week.Satisfied, nameof(week));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(week.Satisfied, week.Answers, nameof(week));
    }
}
