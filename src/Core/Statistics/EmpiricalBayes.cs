namespace CchcFeedback.Core.Statistics;

/// <summary>Beta-binomial empirical Bayes for league tables (SIPAS.md, fair rankings): each unit's share is pulled
/// toward the common share in proportion to how few answers it has, so 5/5 does not outrank 480/500.</summary>
public static class EmpiricalBayes
{
    /// <summary>Method of moments: the mean is the pooled share m = Σk/Σn; the spread between units is the
    /// variance of the raw shares less the binomial noise m(1 − m)·mean(1/n) they would show if all units were
    /// alike (an unweighted moment estimator; Kleinman, JASA 1973, gives the weighted form); then α + β = m(1 − m)/between − 1.
    /// Degenerate cases: fewer than two units with answers, or every answer satisfied (or none), give the uniform
    /// prior; no spread beyond noise caps α + β at the total number of answers, a prior never outweighing all the
    /// data; a spread too wide for a beta keeps α + β at least 1.</summary>
    public static BetaPrior FitPrior(IReadOnlyList<UnitShare> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var answered = units.Where(u => u.Answers > 0).ToList();
        answered.ForEach(Validate);
        if (answered.Count < 2)
        {
            return BetaPrior.Uniform;
        }

        double totalAnswers = answered.Sum(u => (long)u.Answers);
        var mean = answered.Sum(u => (double)u.Satisfied) / totalAnswers;
        if (mean is 0 or 1)
        {
            return BetaPrior.Uniform;
        }

        var shares = answered.Select(u => u.Share).ToList();
        var averageShare = shares.Average();
        var observedVariance = shares.Sum(s => (s - averageShare) * (s - averageShare)) / (shares.Count - 1);
        var noiseVariance = mean * (1 - mean) * answered.Average(u => 1.0 / u.Answers);
        var betweenVariance = observedVariance - noiseVariance;
        var strength = betweenVariance > 0 ? mean * (1 - mean) / betweenVariance - 1 : double.PositiveInfinity;
        strength = Math.Clamp(strength, 1, totalAnswers);
        return new BetaPrior(mean * strength, (1 - mean) * strength);
    }

    /// <summary>Units ranked by shrunk share, best first; units without answers are left out.</summary>
    public static IReadOnlyList<ShrunkShare> LeagueTable(IReadOnlyList<UnitShare> units)
    {
        var prior = FitPrior(units);
        return LeagueTable(units, prior);
    }

    public static IReadOnlyList<ShrunkShare> LeagueTable(IReadOnlyList<UnitShare> units, BetaPrior prior)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(prior);
        return [.. units
            .Where(u => u.Answers > 0)
            .Select(u => new ShrunkShare(u, prior.Shrink(u.Satisfied, u.Answers)))
            .OrderByDescending(s => s.Shrunk)
            .ThenByDescending(s => s.Answers)];
    }

    private static void Validate(UnitShare unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unit.Satisfied, nameof(unit));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(unit.Satisfied, unit.Answers, nameof(unit));
    }
}
