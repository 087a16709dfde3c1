using System.Globalization;
using System.Text.RegularExpressions;
using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Core.Reports;

/// <summary>Reads <see cref="ReportPeriod.Key"/> and <see cref="ReportScope.Key"/> back, so jobs and links carry
/// the archive's keys rather than objects.</summary>
public static partial class ReportKeys
{
    public static bool TryParsePeriod(string? key, out ReportPeriod period)
    {
        period = null!;
        var match = key is null ? Match.Empty : PeriodKey().Match(key);
        if (!match.Success)
        {
            return false;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var number = match.Groups["number"].Success ? int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) : 1;
        var (kind, max) = match.Groups["kind"].Value switch
        {
            "" => (ReportPeriodKind.Month, 12),
            "Q" => (ReportPeriodKind.Quarter, 4),
            "H" => (ReportPeriodKind.SixMonths, 2),
            _ => (ReportPeriodKind.Year, 1),
        };
        if (number < 1 || number > max)
        {
            return false;
        }
        period = Create(kind, year, number);
        return true;
    }

    public static bool TryParseScope(string? key, out ReportScope scope)
    {
        scope = ReportScope.Province;
        if (key == ReportScope.Province.Key)
        {
            return true;
        }
        var separator = key?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (separator < 0 || string.IsNullOrWhiteSpace(key![(separator + 1)..]))
        {
            return false;
        }
        // Only "center:" and "department:", spelt exactly so: the province takes no code.
        var prefix = key[..separator];
        if (!SatisfactionScopes.TryParseUnitKind(prefix, out var kind) || !ReportScope.Kinds.Contains(kind) || prefix != kind.Name())
        {
            return false;
        }
        scope = ReportScope.Of(kind, key[(separator + 1)..]);
        return scope.Key == key;
    }

    public static ReportPeriod Period(string key) =>
        TryParsePeriod(key, out var period) ? period : throw new FormatException($"Not a report period key: {key}");

    public static ReportScope Scope(string key) =>
        TryParseScope(key, out var scope) ? scope : throw new FormatException($"Not a report scope key: {key}");

    public static ReportPeriod Create(ReportPeriodKind kind, int year, int number) => kind switch
    {
        ReportPeriodKind.Month => ReportPeriod.Month(year, number),
        ReportPeriodKind.Quarter => ReportPeriod.Quarter(year, number),
        ReportPeriodKind.SixMonths => ReportPeriod.SixMonths(year, number),
        _ => ReportPeriod.Annual(year),
    };

    [GeneratedRegex(@"^(?<year>\d{4})-(?:(?<number>\d{2})|(?<kind>Q|H)(?<number>\d)|(?<kind>Y))$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodKey();
}
