using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Web.Pages.Transparency;

/// <summary>What the public page shows: the province's monthly trend and every center's months, over the last 12
/// local months (the current one so far included).</summary>
public sealed record TransparencyReport(DateOnly From, DateOnly To, IReadOnlyList<DateOnly> Months, MonthlyTrend Province, IReadOnlyList<CenterMonths> Centers)
{
    /// <summary>The report with <see cref="SecondarySuppression"/> applied to its two kinds of sums: a center's months
    /// add up to its 12-month figure, and the centers' figures of a month add up to the province's month. Every
    /// withheld cell is shown as suppressed, and the province's line is fitted without its withheld months.</summary>
    public static TransparencyReport Protected(
        DateOnly from, DateOnly to, IReadOnlyList<DateOnly> months, MonthlyTrend province, IReadOnlyList<CenterMonths> centers)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(centers);
        // Cells in one list: the province's months, then each center's 12-month figure, then each center's months.
        var (m, c) = (months.Count, centers.Count);
        int Period(int center) => m + center;
        int Cell(int center, int month) => m + c + center * m + month;
        List<int> answers =
        [
            .. province.Months.Select(f => f.QuickRating.Answers),
            .. centers.Select(center => center.Period.Answers),
            .. centers.SelectMany(center => center.Months.Select(f => f.QuickRating.Answers)),
        ];
        List<TableSum> sums =
        [
            .. Enumerable.Range(0, c).Select(center => new TableSum(Period(center), [.. Enumerable.Range(0, m).Select(month => Cell(center, month))])),
            .. Enumerable.Range(0, m).Select(month => new TableSum(month, [.. Enumerable.Range(0, c).Select(center => Cell(center, month))])),
        ];
        var hidden = SecondarySuppression.Apply(answers, sums);

        var withheldMonths = months.Where((_, month) => hidden[month]).ToHashSet();
        return new TransparencyReport(from, to, months, province.Withholding(withheldMonths), [.. centers.Select((center, i) => center with
        {
            Period = Shown(center.Period, hidden[Period(i)]),
            Months = [.. center.Months.Select((f, month) => f with { QuickRating = Shown(f.QuickRating, hidden[Cell(i, month)]) })],
        })]);
    }

    private static QuickRatingFigures Shown(QuickRatingFigures figures, bool hidden) =>
        hidden && !figures.Index.IsSuppressed ? QuickRatingFigures.Withheld(figures.Answers) : figures;
}

/// <summary>A center's figures over the 12 months and month by month; a center without ratings has empty months.</summary>
public sealed record CenterMonths(string Code, string Name, QuickRatingFigures Period, IReadOnlyList<MonthFigure> Months);
