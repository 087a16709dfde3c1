using System.Globalization;
using System.Text.RegularExpressions;

namespace CchcFeedback.Core.Reports;

/// <summary>Reads back the archive keys of <see cref="ReportPeriod.Key"/> ("2026-03", "2026-Q1", "2026-H2",
/// "2026-Y") and <see cref="ReportScope.Key"/> ("province", "center:CODE", "department:CODE"), as an operator types them.</summary>
public static partial class ReportKeys
{
    public static bool TryParsePeriod(string? key, out ReportPeriod period)
    {
        period = null!;
        var match = PeriodKey().Match(key?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var number = match.Groups["number"].Success ? int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) : 1;
        ReportPeriod? parsed = match.Groups["kind"].Value.ToUpperInvariant() switch
        {
            "" when number is >= 1 and <= 12 => ReportPeriod.Month(year, number),
            "Q" when number is >= 1 and <= 4 => ReportPeriod.Quarter(year, number),
            "H" when number is 1 or 2 => ReportPeriod.SixMonths(year, number),
            "Y" => ReportPeriod.Annual(year),
            _ => null,
        };
        period = parsed!;
        return parsed is not null;
    }

    public static bool TryParseScope(string? key, out ReportScope scope)
    {
        scope = null!;
        var text = key?.Trim() ?? "";
        if (text.Equals("province", StringComparison.OrdinalIgnoreCase))
        {
            scope = ReportScope.Province;
            return true;
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var code = colon < 0 ? "" : text[(colon + 1)..].Trim();
        if (code.Length == 0)
        {
            return false;
        }
        scope = text[..colon].ToLowerInvariant() switch
        {
            "center" => ReportScope.Center(code),
            "department" => ReportScope.Department(code),
            _ => null!,
        };
        return scope is not null;
    }

    [GeneratedRegex(@"^(?<year>\d{4})-(?:(?<kind>[QqHh])?(?<number>\d{1,2})|(?<kind>[Yy]))$")]
    private static partial Regex PeriodKey();
}
