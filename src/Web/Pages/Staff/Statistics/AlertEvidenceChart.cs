using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Web.Satisfaction;

namespace CchcFeedback.Web.Pages.Staff.Statistics;

/// <summary>The evidence of an alert as a small SVG: the unit's satisfied share week by week over the
/// <see cref="Weeks"/> weeks to the signal, the weeks of the evidence in the alert colour, and a dashed line at the
/// usual share across the baseline weeks. Coordinates are invariant-culture strings, as in <see cref="TrendChart"/>.</summary>
public sealed record AlertEvidenceChart(IReadOnlyList<AlertEvidenceChart.Bar> Bars, string UsualY, string UsualX1, string UsualX2)
{
    public const int Weeks = 16;
    public const int Width = 320;
    public const int Height = 120;
    private const double Left = 4;
    private const double Top = 6;
    private const double Bottom = 18;
    private const double PlotHeight = Height - Top - Bottom;
    private const double Slot = (Width - 2 * Left) / Weeks;

    /// <summary>A week: its Monday, share and n (null when it had no ratings), and whether it is evidence.</summary>
    public sealed record Bar(DateOnly WeekStart, double? Share, int Ratings, bool Evidence, string X, string BarWidth, string? Top, string? BarHeight);

    public static string Baseline => FigureText.Svg(Y(0));

    public static AlertEvidenceChart From(SatisfactionAlert alert, IReadOnlyDictionary<DateOnly, (int Satisfied, int Ratings)> weeks)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(weeks);
        var lastWeek = SatisfactionAlertJob.WeekStartOf(alert.EvidenceTo);
        var evidenceWeek = SatisfactionAlertJob.WeekStartOf(alert.EvidenceFrom);
        var bars = Enumerable.Range(0, Weeks).Select(i =>
        {
            var week = lastWeek.AddDays(7 * (i - Weeks + 1));
            var (satisfied, ratings) = weeks.GetValueOrDefault(week);
            double? share = ratings == 0 ? null : (double)satisfied / ratings;
            var x = Left + Slot * i + Slot * 0.15;
            return new Bar(week, share, ratings, week >= evidenceWeek, FigureText.Svg(x), FigureText.Svg(Slot * 0.7),
                share is { } s ? FigureText.Svg(Y(s)) : null, share is { } h ? FigureText.Svg(PlotHeight * h) : null);
        }).ToList();
        // The baseline weeks end where the monitored weeks begin (SustainedDropDetector.MonitoredFrom).
        var baselineEnd = Math.Clamp(Weeks - SustainedDropDetector.MonitoredWeeks - 1, 0, Weeks);
        var baselineStart = Math.Max(0, baselineEnd - alert.BaselineWeeks);
        return new AlertEvidenceChart(bars, FigureText.Svg(Y(alert.CenterLine)),
            FigureText.Svg(Left + Slot * baselineStart), FigureText.Svg(Left + Slot * baselineEnd));
    }

    private static double Y(double share) => Top + (1 - share) * PlotHeight;
}
