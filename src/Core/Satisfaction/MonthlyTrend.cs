using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The quick-rating index of each local month in the period (months without ratings included, as
/// suppressed), and the least-squares line through the published months: slope per month on the 0–1 scale,
/// its standard error and p-value (null with fewer than three published months).</summary>
public sealed record MonthlyTrend(IReadOnlyList<MonthFigure> Months, TrendLine? Line)
{
    internal static MonthlyTrend From(IReadOnlyList<DateOnly> months, IReadOnlyDictionary<DateOnly, QuickRatingCounts> counts)
    {
        var figures = months
            .Select(m => new MonthFigure(m, QuickRatingFigures.From(counts.GetValueOrDefault(m) ?? Empty)))
            .ToList();
        return Fitted(figures);
    }

    /// <summary>The same trend with <paramref name="months"/> withheld (<see cref="QuickRatingFigures.Withheld"/>)
    /// and its line fitted again without them: a line through a withheld month would give it back.</summary>
    public MonthlyTrend Withholding(IReadOnlySet<DateOnly> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        return months.Count == 0 ? this : Fitted([.. Months.Select(m => months.Contains(m.Month) ? m with { QuickRating = QuickRatingFigures.Withheld(m.QuickRating.Answers) } : m)]);
    }

    private static MonthlyTrend Fitted(IReadOnlyList<MonthFigure> figures)
    {
        // Only published months carry the line: a month of five answers would pull it as hard as one of five hundred.
        var published = figures.Where(f => !f.QuickRating.Index.IsSuppressed).ToList();
        var line = TrendLine.Fit(
            [.. published.Select(f => (double)MonthsBetween(figures[0].Month, f.Month))],
            [.. published.Select(f => f.QuickRating.Index.Value.Estimate)]);
        return new MonthlyTrend(figures, line);
    }

    private static readonly QuickRatingCounts Empty = new(0, 0, 0);

    private static int MonthsBetween(DateOnly first, DateOnly month) => (month.Year - first.Year) * 12 + month.Month - first.Month;
}

/// <summary>A local month (its first day) and its quick-rating figures.</summary>
public sealed record MonthFigure(DateOnly Month, QuickRatingFigures QuickRating);

/// <summary>One unit's figures over the whole period and month by month.</summary>
public sealed record UnitMonths(SatisfactionUnit Unit, QuickRatingFigures Period, MonthlyTrend Trend);
