using CchcFeedback.Core.Satisfaction.Tallies;
using CchcFeedback.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Satisfaction;

public partial class SatisfactionFigures
{
    /// <summary>Each unit of <paramref name="kind"/> with ratings under the filter, month by month, with both the
    /// quick-rating and the SIPAS-style figures (every month of the period, empty ones suppressed); ordered by unit
    /// code then month. A few queries whatever the number of units and months (the unit column is a CASE over the kind
    /// parameter).</summary>
    public async Task<IReadOnlyList<UnitMonthFigures>> MonthlyFiguresByUnitAsync(
        SatisfactionFilter filter, SatisfactionScope kind, CancellationToken cancellationToken = default)
    {
        var units = await MonthlyByUnitAsync(filter, kind, cancellationToken);
        var sums = new Dictionary<(int Unit, DateOnly Month), FormSums>();
        foreach (var (rows, sign) in Tallies(filter).Signed)
        {
            var forms = await rows.Where(t => t.FormVersion == SipasForm.Version)
                .Select(t => new
                {
                    Unit = kind == SatisfactionScope.Center ? t.CenterId : kind == SatisfactionScope.Counter ? t.CounterId : kind == SatisfactionScope.Department ? t.DepartmentId : t.ProcedureId,
                    t.Month,
                    Form = new FormRow { LevelCounts = t.LevelCounts, CompleteCases = t.CompleteCases, CriterionSums = t.CriterionSums, CriterionSquares = t.CriterionSquares, ElementSums = t.ElementSums, ElementSquares = t.ElementSquares },
                })
                .ToListAsync(cancellationToken);
            foreach (var row in forms)
            {
                if (!sums.TryGetValue((row.Unit, row.Month), out var form))
                {
                    sums[(row.Unit, row.Month)] = form = new FormSums();
                }
                form.Add(row.Form, sign);
            }
        }
        return [.. units.SelectMany(u => u.Trend.Months.Select(m =>
        {
            var form = sums.GetValueOrDefault((u.Unit.Id, m.Month)) ?? new FormSums();
            return new UnitMonthFigures(u.Unit, m.Month, m.QuickRating, SipasFigures.From(form.ByCriterion(), form.ElementItems()));
        }))];
    }
}

/// <summary>One unit's figures for one local month (its first day).</summary>
public sealed record UnitMonthFigures(SatisfactionUnit Unit, DateOnly Month, QuickRatingFigures QuickRating, SipasFigures Sipas);
