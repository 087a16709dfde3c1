using System.Globalization;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The <c>from</c> and <c>to</c> query parameters of every statistics request: local days as
/// YYYY-MM-DD, in order, at most <see cref="MaximumYears"/> apart. Errors go by parameter name, in both languages.</summary>
public static class PeriodParameters
{
    public const int MaximumYears = 5;
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The period, or null with the reasons added to <paramref name="errors"/>.</summary>
    public static SatisfactionFilter? Parse(string? from, string? to, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var start = ParseDate(from, "from", errors);
        var end = ParseDate(to, "to", errors);
        if (start is not { } s || end is not { } e)
        {
            return null;
        }
        if (e < s)
        {
            errors["to"] = ["Ngày kết thúc trước ngày bắt đầu. / The period ends before it starts."];
            return null;
        }
        if (e >= s.AddYears(MaximumYears))
        {
            errors["to"] = [$"Khoảng thời gian tối đa {MaximumYears} năm. / The period may be at most {MaximumYears} years."];
            return null;
        }
        return new SatisfactionFilter(s, e);
    }

    private static DateOnly? ParseDate(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors[name] = ["Cần một ngày dạng YYYY-MM-DD. / A date as YYYY-MM-DD is required."];
        return null;
    }
}
