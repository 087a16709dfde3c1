using System.Globalization;

namespace CchcFeedback.Web.Satisfaction;

/// <summary>How figures are written on every page that shows them, in the reader's culture ("87,5%" in
/// Vietnamese, "87.5%" in English); dates are written the Vietnamese way in both languages.</summary>
public static class FigureText
{
    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.CurrentCulture) + "%";

    public static string Month(DateOnly month) => month.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The month as data attributes and tests name it: 2026-03.</summary>
    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A count with the reader's thousands separator: "17.678" in Vietnamese, "17,678" in English.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Number(double value, string format) => value.ToString(format, CultureInfo.CurrentCulture);

    /// <summary>A p-value as a report writes it: "= 0,042" or "< 0,001".</summary>
    public static string PValue(double p) => p < 0.001 ? "< " + Number(0.001, "0.000") : "= " + Number(p, "0.000");

    /// <summary>An SVG coordinate: invariant culture, as a Vietnamese decimal comma would break the drawing.</summary>
    public static string Svg(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
