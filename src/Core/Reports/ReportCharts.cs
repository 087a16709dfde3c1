using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Statistics;
using ScottPlot;

namespace CchcFeedback.Core.Reports;

/// <summary>The report's charts as PNG images, drawn with ScottPlot from the engine's published figures only:
/// a suppressed figure has no bar or point. Drawn at twice the size of their layout so that print stays sharp.</summary>
public static class ReportCharts
{
    public const int Width = 1600;
    public const int Height = 800;
    private const float Scale = 2;

    private static readonly Color Ink = Color.FromHex("#222222");
    private static readonly Color TrendColor = Color.FromHex("#b2182b");
    private static readonly Color[] ElementColors =
        [Color.FromHex("#1f77b4"), Color.FromHex("#2ca02c"), Color.FromHex("#ff7f0e"), Color.FromHex("#9467bd"), Color.FromHex("#8c564b")];

    /// <summary>Each criterion's index with its 95% Wilson interval, grouped and coloured by element, with the
    /// element's index as a dashed line over its criteria; null when no criterion is published.</summary>
    public static ReportChart? Criteria(SipasFigures sipas)
    {
        ArgumentNullException.ThrowIfNull(sipas);
        if (sipas.Elements.All(e => e.Criteria.All(c => c.Index.IsSuppressed)))
        {
            return null;
        }
        var plot = NewPlot();
        var ticks = new List<Tick>();
        var position = 0.0;
        for (var i = 0; i < sipas.Elements.Count; i++)
        {
            var element = sipas.Elements[i];
            var color = ElementColors[i % ElementColors.Length];
            var first = position;
            foreach (var criterion in element.Criteria)
            {
                if (criterion.Index.TryGetValue(out var share))
                {
                    var bar = plot.Add.Bar(position, share.Estimate * 100);
                    bar.Color = color;
                    Interval(plot, position, share, vertical: true);
                }
                ticks.Add(new Tick(position, criterion.Criterion.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                position += 1;
            }
            var index = element.Index.Format(ReportNumbers.Percent, ReportNumbers.NotPublished);
            if (element.Index.TryGetValue(out var value))
            {
                var line = plot.Add.Line(first - 0.45, value * 100, position - 0.55, value * 100);
                line.LineWidth = 2.5f;
                line.LinePattern = LinePattern.Dashed;
                line.Color = Ink;
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{element.Element.Code} {element.Element.NameVi}: {index}", FillColor = color });
            position += 0.8;
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.XLabel("Tiêu chí (số thứ tự trong phiếu), nhóm theo yếu tố; nét đứt: chỉ số của yếu tố");
        plot.YLabel("Tỷ lệ hài lòng (%)");
        plot.Axes.SetLimitsY(0, 102);
        plot.Axes.SetLimitsX(-0.8, position - 0.2);
        plot.ShowLegend(Edge.Bottom);
        return Render(plot, "Tỷ lệ hài lòng theo tiêu chí và yếu tố (thanh dọc: khoảng tin cậy 95%)", Height);
    }

    /// <summary>The quick-rating index month by month with its 95% interval and the least-squares trend line
    /// through the published months; null when no month is published.</summary>
    public static ReportChart? Trend(MonthlyTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var published = trend.Months.Select((m, i) => (m, i)).Where(p => !p.m.QuickRating.Index.IsSuppressed).ToList();
        if (published.Count == 0)
        {
            return null;
        }
        var plot = NewPlot();
        foreach (var (month, i) in published)
        {
            Interval(plot, i, month.QuickRating.Index.Value, vertical: true);
        }
        var points = plot.Add.ScatterPoints(
            published.Select(p => (double)p.i).ToArray(),
            published.Select(p => p.m.QuickRating.Index.Value.Estimate * 100).ToArray());
        points.Color = ElementColors[0];
        points.MarkerSize = 10;
        points.LegendText = "Chỉ số hài lòng của tháng";
        if (trend.Line is { } line)
        {
            // The engine fits months numbered from the first month of the trend, as the points are placed here.
            var last = trend.Months.Count - 1;
            var fitted = plot.Add.Line(0, 100 * line.Intercept, last, 100 * (line.Intercept + line.Slope * last));
            fitted.Color = TrendColor;
            fitted.LineWidth = 2;
            fitted.LinePattern = LinePattern.Dashed;
            fitted.LegendText = "Đường xu hướng (bình phương tối thiểu)";
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. trend.Months.Select((m, i) => new Tick(i, m.Month.ToString("MM/yy", System.Globalization.CultureInfo.InvariantCulture)))]);
        plot.XLabel("Tháng");
        plot.YLabel("Tỷ lệ hài lòng (%)");
        var lowest = published.Min(p => p.m.QuickRating.Index.Value.Lower) * 100;
        var highest = published.Max(p => p.m.QuickRating.Index.Value.Upper) * 100;
        plot.Axes.SetLimitsY(Math.Max(0, Math.Floor(lowest / 5) * 5 - 5), Math.Min(101, Math.Ceiling(highest / 5) * 5 + 3));
        plot.Axes.SetLimitsX(-0.6, trend.Months.Count - 0.4);
        plot.ShowLegend(Edge.Bottom);
        return Render(plot, "Chỉ số hài lòng (đánh giá nhanh) theo tháng, khoảng tin cậy 95% và đường xu hướng", Height);
    }

    /// <summary>Each published unit's quick-rating index with its interval, as horizontal bars; null with fewer
    /// than two published units.</summary>
    public static ReportChart? Units(UnitComparison comparison, string caption)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var units = comparison.Units.Where(u => !u.QuickRating.Index.IsSuppressed).ToList();
        if (units.Count < 2)
        {
            return null;
        }
        var plot = NewPlot();
        // The first unit on top, as in the table.
        for (var i = 0; i < units.Count; i++)
        {
            var share = units[i].QuickRating.Index.Value;
            var y = units.Count - 1 - i;
            var bar = plot.Add.Bar(y, share.Estimate * 100);
            bar.Color = units[i].WorseThan.Count > 0 ? TrendColor : ElementColors[0];
            Interval(plot, y, share, vertical: false);
        }
        foreach (var bars in plot.GetPlottables<ScottPlot.Plottables.BarPlot>())
        {
            bars.Horizontal = true;
        }
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. units.Select((u, i) => new Tick(units.Count - 1 - i, Shorten(u.Unit.Name)))]);
        plot.XLabel("Tỷ lệ hài lòng (%); màu đỏ: thấp hơn có ý nghĩa thống kê");
        plot.Axes.SetLimitsX(0, 101);
        plot.Axes.SetLimitsY(-0.6, units.Count - 0.4);
        var height = Math.Clamp(160 + 70 * units.Count, 600, 1800);
        return Render(plot, caption, height);
    }

    private static Plot NewPlot()
    {
        var plot = new Plot { ScaleFactor = Scale };
        plot.Font.Set(ChartFont.Family);
        plot.Axes.Color(Ink);
        plot.Grid.MajorLineColor = Color.FromHex("#dddddd");
        return plot;
    }

    /// <summary>A 95% interval as a whisker with caps, along the value axis.</summary>
    private static void Interval(Plot plot, double at, WilsonInterval share, bool vertical)
    {
        var (low, high) = (share.Lower * 100, share.Upper * 100);
        const double cap = 0.15;
        (double, double, double, double)[] segments = vertical
            ? [(at, low, at, high), (at - cap, low, at + cap, low), (at - cap, high, at + cap, high)]
            : [(low, at, high, at), (low, at - cap, low, at + cap), (high, at - cap, high, at + cap)];
        foreach (var (x1, y1, x2, y2) in segments)
        {
            var line = plot.Add.Line(x1, y1, x2, y2);
            line.Color = Ink;
            line.LineWidth = 1.5f;
        }
    }

    private static string Shorten(string name) => name.Length <= 60 ? name : TextInput.Cut(name, 58) + "…";

    private static ReportChart Render(Plot plot, string caption, int height) =>
        new(caption, plot.GetImageBytes(Width, height, ImageFormat.Png), Width, height);
}
