using CchcFeedback.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Satisfaction;

public partial class SatisfactionFigures
{
    /// <summary>Each unit of <paramref name="kind"/> with ratings under the filter, month by month, with both the
    /// quick-rating and the SIPAS-style figures (every month of the period, empty ones suppressed); ordered by unit
    /// code then month. Three grouped queries whatever the number of units and months (the unit column is a CASE over the
    /// kind parameter).</summary>
    public async Task<IReadOnlyList<UnitMonthFigures>> MonthlyFiguresByUnitAsync(
        SatisfactionFilter filter, SatisfactionUnitKind kind, CancellationToken cancellationToken = default)
    {
        var units = await MonthlyByUnitAsync(filter, kind, cancellationToken);
        var counts = await db.SatisfactionCounts.AsNoTracking().Matching(filter)
            .Where(c => c.Item != SatisfactionCount.QuickRatingItem && c.FormVersion == SipasForm.Version)
            .Select(c => new { Unit = kind == SatisfactionUnitKind.Center ? c.CenterId : kind == SatisfactionUnitKind.Counter ? c.CounterId : kind == SatisfactionUnitKind.Department ? c.DepartmentId : c.ProcedureId, c.Day, c.Item, c.Level, c.Count })
            .GroupBy(c => new { c.Unit, c.Day.Year, c.Day.Month, c.Item, c.Level })
            .Select(g => new { g.Key.Unit, g.Key.Year, g.Key.Month, g.Key.Item, g.Key.Level, Count = g.Sum(c => (long)c.Count) })
            .ToListAsync(cancellationToken);
        var sums = await db.ReliabilityMoments.AsNoTracking().Matching(filter)
            .Where(m => m.FormVersion == SipasForm.Version)
            .Select(m => new { Unit = kind == SatisfactionUnitKind.Center ? m.CenterId : kind == SatisfactionUnitKind.Counter ? m.CounterId : kind == SatisfactionUnitKind.Department ? m.DepartmentId : m.ProcedureId, m.Day, m.Element, m.Item, m.Cases, m.Sum, m.SumOfSquares })
            .GroupBy(m => new { m.Unit, m.Day.Year, m.Day.Month, m.Element, m.Item })
            .Select(g => new { g.Key.Unit, g.Key.Year, g.Key.Month, g.Key.Element, g.Key.Item, Cases = g.Sum(m => (long)m.Cases), Sum = g.Sum(m => m.Sum), Squares = g.Sum(m => m.SumOfSquares) })
            .ToListAsync(cancellationToken);

        var countsByCell = counts.ToLookup(c => (c.Unit, new DateOnly(c.Year, c.Month, 1)));
        var sumsByCell = sums.ToLookup(s => (s.Unit, new DateOnly(s.Year, s.Month, 1)));
        return [.. units.SelectMany(u => u.Trend.Months.Select(m =>
        {
            var byCriterion = countsByCell[(u.Unit.Id, m.Month)]
                .GroupBy(c => (int)c.Item)
                .ToDictionary(g => g.Key, g => AnswerCountsOf(g.Select(c => (c.Level, c.Count))));
            var moments = sumsByCell[(u.Unit.Id, m.Month)]
                .Select(s => new ElementItemSums(s.Element, s.Item, s.Cases, s.Sum, s.Squares))
                .ToList();
            return new UnitMonthFigures(u.Unit, m.Month, m.QuickRating, SipasFigures.From(byCriterion, moments));
        }))];
    }
}

/// <summary>One unit's figures for one local month (its first day).</summary>
public sealed record UnitMonthFigures(SatisfactionUnit Unit, DateOnly Month, QuickRatingFigures QuickRating, SipasFigures Sipas);
