using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>Quick ratings by local weekday and hour over the period: 7 × 24 cells, Monday first. Each cell
/// carries its number of ratings and its satisfied share, suppressed below 10 ratings.</summary>
public sealed record HeatMap(IReadOnlyList<HeatCell> Cells)
{
    public static IReadOnlyList<DayOfWeek> WeekdaysMondayFirst { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public HeatCell Cell(DayOfWeek weekday, int hour) => Cells.Single(c => c.Weekday == weekday && c.Hour == hour);

    internal static HeatMap From(IReadOnlyDictionary<(DayOfWeek Weekday, int Hour), (long Responses, long Satisfied)> counts) =>
        new([.. WeekdaysMondayFirst.SelectMany(day => Enumerable.Range(0, 24).Select(hour =>
        {
            var (responses, satisfied) = counts.GetValueOrDefault((day, hour));
            var n = checked((int)responses);
            return new HeatCell(day, hour, n, SmallCellRule.Apply(n, () => WilsonInterval.Compute(checked((int)satisfied), n)));
        }))]);
}

public sealed record HeatCell(DayOfWeek Weekday, int Hour, int Responses, PublishedFigure<WilsonInterval> Satisfaction);
