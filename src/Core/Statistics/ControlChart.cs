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
    /// the lower limit p̄ − 3·√(p̄(1−p̄)/n) uses this week's n, so a quiet week gets a wider band. A unit with no
    /// baseline answers (new, or silent for 12 weeks) has nothing to compare with: it is not tested.</summary>
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
            return new PChartCheck(week, double.NaN, double.NaN, 1, false, false);
        }

        var baselineSatisfied = baseline.Sum(w => (long)w.Satisfied);
        var centre = (double)baselineSatisfied / baselineAnswers;
        if (week.Answers == 0)
        {
            return new PChartCheck(week, centre, double.NaN, 1, false, false);
        }

        // A baseline of 100 % (or 0 %) has no binomial variance: the limit would sit on the centre line and one
        // unhappy answer would be "impossible" (p = 0), an alert no correction can withdraw. For the limit and
        // the p-value such a baseline is read as (x + ½)/(N + 1), the Jeffreys-style estimate, which keeps both
        // finite; the reported centre line stays the observed share.
        var modelled = baselineSatisfied == 0 || baselineSatisfied == baselineAnswers
            ? (baselineSatisfied + 0.5) / (baselineAnswers + 1)
            : centre;
        var lowerLimit = Math.Max(0, modelled - Sigmas * Math.Sqrt(modelled * (1 - modelled) / week.Answers));

        // The p-value is the exact binomial lower tail P(X ≤ k | n, p̄) rather than the normal approximation
        // behind the 3-sigma limit, which is poor for the 10–30 answers a counter often has in a week.
        // (MathNet returns NaN for the full tail k = n when p is near 1; that tail is 1 by definition.)
        var pValue = week.Satisfied == week.Answers ? 1 : Math.Clamp(Binomial.CDF(modelled, week.Answers, week.Satisfied), 0, 1);
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
