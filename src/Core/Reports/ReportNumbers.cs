using System.Globalization;
using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Reports;

/// <summary>Numbers as a Vietnamese document writes them: decimal comma and dot between thousands (87,4%;
/// 1.234 ý kiến).</summary>
public static class ReportNumbers
{
    public const string NotPublished = "—";
    public const string FewAnswers = "(dưới 10 ý kiến)";

    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    public static string Percent(double share) => (share * 100).ToString("0.0", Culture) + "%";

    public static string Interval(WilsonInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return $"{(interval.Lower * 100).ToString("0.0", Culture)}–{(interval.Upper * 100).ToString("0.0", Culture)}%";
    }

    public static string Count(long count) => count.ToString("#,0", Culture);

    public static string Decimal(double value, string format = "0.00") => value.ToString(format, Culture);

    /// <summary>A change in percentage points with its sign: "+2,5", "−1,0".</summary>
    public static string Points(double shareChange)
    {
        var points = Math.Round(shareChange * 100, 1);
        var text = Math.Abs(points).ToString("0.0", Culture);
        return points > 0 ? "+" + text : points < 0 ? "−" + text : text;
    }

    /// <summary>"p = 0,042" or "p < 0,001".</summary>
    public static string PValue(double p) => p < 0.001 ? "p < " + Decimal(0.001, "0.000") : "p = " + Decimal(p, "0.000");

    /// <summary>A published share with its n, or the small-cell words: "87,4% (n = 1.203)", "— (dưới 10 ý kiến)".</summary>
    public static string Share(PublishedFigure<WilsonInterval> figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.TryGetValue(out var share)
            ? $"{Percent(share.Estimate)} (khoảng tin cậy 95%: {Interval(share)}; n = {Count(figure.Answers)})"
            : $"{NotPublished} {FewAnswers}";
    }
}
