using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Reports;

/// <summary>Section IV: the quick-rating index month by month over the period and the months before it, with the
/// engine's least-squares trend (SatisfactionFigures.MonthlyTrendAsync).</summary>
public static class TrendSection
{
    public static ReportSection From(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var trend = content.Trend;
        var blocks = new List<ReportBlock> { new ReportParagraph(TrendSentence(trend)) };
        if (content.Period.Kind != ReportPeriodKind.Month)
        {
            blocks.Add(new ReportParagraph(
                $"Các tháng được tính theo tháng dương lịch; tháng cuối tính đến ngày {ReportPeriodText.Day(content.Period.To)}.", Italic: true));
        }
        if (ReportCharts.Trend(trend) is { } chart)
        {
            blocks.Add(chart);
        }
        blocks.Add(new ReportTableBlock(new ReportTable(
            "Theo tháng",
            "Chỉ số hài lòng (đánh giá nhanh) theo tháng",
            [
                new("Tháng"), new("Chỉ số"),
                new("Khoảng tin cậy 95%", ReportColumnUse.Document),
                new("Cận dưới 95%", ReportColumnUse.Annex), new("Cận trên 95%", ReportColumnUse.Annex),
                new("n"),
            ],
            [.. trend.Months.Select(m => (IReadOnlyList<ReportCell>)
            [
                ReportCell.Text(ReportPeriodText.Month(m.Month)),
                ReportCell.Of(m.QuickRating.Index, i => ReportCell.Percent(i.Estimate)),
                ReportCell.Of(m.QuickRating.Index, i => ReportCell.Text(ReportNumbers.Interval(i))),
                ReportCell.Of(m.QuickRating.Index, i => ReportCell.Percent(i.Lower)),
                ReportCell.Of(m.QuickRating.Index, i => ReportCell.Percent(i.Upper)),
                ReportCell.Count(m.QuickRating.Answers),
            ])])));
        return new ReportSection("XU HƯỚNG SO VỚI CÁC THÁNG TRƯỚC", blocks);
    }

    /// <summary>The slope in percentage points a month, called a rise or a fall only when its t-test says so.</summary>
    public static string TrendSentence(MonthlyTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var first = ReportPeriodText.Month(trend.Months[0].Month);
        var last = ReportPeriodText.Month(trend.Months[^1].Month);
        if (trend.Line is not { } line)
        {
            return $"Từ {first} đến {last} chưa có đủ {TrendLine.MinimumMonths} tháng có từ 10 lượt đánh giá để ước lượng xu hướng.";
        }
        var slope = $"{ReportNumbers.Points(line.Slope)} điểm phần trăm mỗi tháng (sai số chuẩn {ReportNumbers.Decimal(line.StandardError * 100, "0.0")}; {ReportNumbers.PValue(line.PValue)})";
        var meaning = line.PValue >= ChiSquareTest.SignificanceLevel
            ? "chưa đủ cơ sở để kết luận chỉ số tăng hay giảm"
            : line.Slope > 0 ? "chỉ số tăng có ý nghĩa thống kê" : "chỉ số giảm có ý nghĩa thống kê";
        return $"Từ {first} đến {last}, đường xu hướng (bình phương tối thiểu qua các tháng có từ 10 lượt đánh giá) có độ dốc {slope}: {meaning}.";
    }
}
