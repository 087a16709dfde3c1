using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>A fair league table (SIPAS.md): units ranked by their empirical-Bayes shrunk quick-rating index, the raw
/// index and n beside it. The prior is fitted on every unit with ratings; units below 10 ratings are listed last,
/// unranked, with both figures suppressed.</summary>
public sealed record UnitLeagueTable(SatisfactionScope Kind, BetaPrior Prior, IReadOnlyList<LeagueRow> Rows)
{
    internal static UnitLeagueTable From(SatisfactionScope kind, IReadOnlyList<UnitCounts> units)
    {
        var prior = EmpiricalBayes.FitPrior([.. units.Select(u => u.Share)]);
        var ranked = units.Where(u => SmallCellRule.IsPublishable(u.Counts.Total))
            .Select(u => (Unit: u, Shrunk: prior.Shrink(u.Share.Satisfied, u.Share.Answers)))
            .OrderByDescending(u => u.Shrunk)
            .ThenByDescending(u => u.Unit.Counts.Total)
            .Select((u, i) => new LeagueRow(i + 1, u.Unit.Unit, QuickRatingFigures.From(u.Unit.Counts), SmallCellRule.Apply(u.Shrunk, u.Unit.Counts.Total)));
        var unranked = units.Where(u => u.Counts.Total > 0 && !SmallCellRule.IsPublishable(u.Counts.Total))
            .OrderBy(u => u.Unit.Code, StringComparer.Ordinal)
            .Select(u => new LeagueRow(null, u.Unit, QuickRatingFigures.From(u.Counts), PublishedFigure<double>.Suppressed(u.Counts.Total)));
        return new UnitLeagueTable(kind, prior, [.. ranked, .. unranked]);
    }
}

/// <summary>A league-table row: rank (null when suppressed), the raw figures and the shrunk index that ranks it.</summary>
public sealed record LeagueRow(int? Rank, SatisfactionUnit Unit, QuickRatingFigures QuickRating, PublishedFigure<double> Shrunk);
