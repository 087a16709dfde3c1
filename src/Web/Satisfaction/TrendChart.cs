using System.Globalization;
using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Web.Satisfaction;

/// <summary>The geometry of the province's monthly chart, drawn as inline SVG so that it needs no script and
/// prints as sharply as text. Coordinates are strings in invariant culture: a Vietnamese decimal comma would
/// break the SVG.</summary>
public sealed record TrendChart(IReadOnlyList<TrendChart.Bar> Bars, TrendChart.Segment? Fit)
{
    public const int Width = 640;
    public const int Height = 280;
    private const double Left = 48;
    private const double Right = 8;
    private const double Top = 12;
    private const double Bottom = 36;
    private const double PlotHeight = Height - Top - Bottom;

    /// <summary>A month's slot: its label, and the bar and interval when the month is published.</summary>
    public sealed record Bar(MonthFigure Month, string Label, string Centre, string BarX, string BarWidth, string? BarTop, string? BarHeight, string? IntervalTop, string? IntervalBottom);

    public sealed record Segment(string X1, string Y1, string X2, string Y2);

    public sealed record GridLine(string Label, string Y);

    public static string Baseline => Svg(Y(0));

    public static string PlotLeft => Svg(Left);

    public static string PlotRight => Svg(Width - Right);

    public static string LabelY => Svg(Height - Bottom + 20);

    public static IReadOnlyList<GridLine> GridLines { get; } =
        [.. new[] { 0, 0.25, 0.5, 0.75, 1 }.Select(share => new GridLine(share.ToString("0%", CultureInfo.InvariantCulture), Svg(Y(share))))];

    public static TrendChart From(MonthlyTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var slot = (Width - Left - Right) / Math.Max(1, trend.Months.Count);
        var barWidth = slot * 0.6;
        var bars = trend.Months.Select((month, i) =>
        {
            var centre = Left + slot * (i + 0.5);
            var shown = month.QuickRating.Index.TryGetValue(out var index);
            return new Bar(
                month,
                month.Month.ToString("MM/yy", CultureInfo.InvariantCulture),
                Svg(centre),
                Svg(centre - barWidth / 2),
                Svg(barWidth),
                shown ? Svg(Y(index!.Estimate)) : null,
                shown ? Svg(PlotHeight * index!.Estimate) : null,
                shown ? Svg(Y(index!.Upper)) : null,
                shown ? Svg(Y(index!.Lower)) : null);
        }).ToList();
        return new TrendChart(bars, FitSegment(trend, slot));
    }

    /// <summary>The least-squares line from the first to the last published month, clipped to 0–100%.</summary>
    private static Segment? FitSegment(MonthlyTrend trend, double slot)
    {
        var published = trend.Months.Select((m, i) => (Month: m, Index: i)).Where(m => !m.Month.QuickRating.Index.IsSuppressed).ToList();
        if (trend.Line is not { } line || published.Count < 2)
        {
            return null;
        }
        var first = trend.Months[0].Month;
        double Offset(DateOnly month) => (month.Year - first.Year) * 12 + month.Month - first.Month;
        double At(DateOnly month) => Math.Clamp(line.Intercept + line.Slope * Offset(month), 0, 1);
        var (start, end) = (published[0], published[^1]);
        return new Segment(
            Svg(Left + slot * (start.Index + 0.5)), Svg(Y(At(start.Month.Month))),
            Svg(Left + slot * (end.Index + 0.5)), Svg(Y(At(end.Month.Month))));
    }

    private static double Y(double share) => Top + (1 - share) * PlotHeight;

    private static string Svg(double value) => FigureText.Svg(value);
}
