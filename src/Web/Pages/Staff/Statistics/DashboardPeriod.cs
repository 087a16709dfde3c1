namespace CchcFeedback.Web.Pages.Staff.Statistics;

/// <summary>The period of the dashboard: local (Asia/Ho_Chi_Minh) days From..To. A quick choice is named in the URL
/// rather than its dates, so a bookmarked "last 3 months" still means the last 3 months next week.</summary>
public sealed record DashboardPeriod(DateOnly From, DateOnly To, string? Choice)
{
    public const string ThisMonth = "this-month";
    public const string LastMonth = "last-month";
    public const string Last3Months = "3-months";
    public const string Last12Months = "12-months";
    public const string Default = Last12Months;

    /// <summary>Longer periods are a report's job; this bound keeps the month axis and the queries small.</summary>
    public const int MaximumDays = 5 * 366;

    public static IReadOnlyList<string> Choices { get; } = [ThisMonth, LastMonth, Last3Months, Last12Months];

    public static bool IsChoice(string? choice) => choice is not null && Choices.Contains(choice);

    /// <summary>A known choice wins; otherwise the dates given (a missing one filled from the default); with
    /// neither, <see cref="Default"/>. Null when the dates are impossible.</summary>
    public static DashboardPeriod? Resolve(string? choice, DateOnly? from, DateOnly? to, DateOnly today)
    {
        if (IsChoice(choice) || (from is null && to is null))
        {
            return Of(IsChoice(choice) ? choice! : Default, today);
        }

        var fallback = Of(Default, today);
        var start = from ?? fallback.From;
        var end = to ?? today;
        return end < start || end.DayNumber - start.DayNumber > MaximumDays ? null : new DashboardPeriod(start, end, null);
    }

    public static DashboardPeriod Of(string choice, DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        return choice switch
        {
            ThisMonth => new(month, today, choice),
            LastMonth => new(month.AddMonths(-1), month.AddDays(-1), choice),
            Last3Months => new(month.AddMonths(-2), today, choice),
            Last12Months => new(month.AddMonths(-11), today, choice),
            _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, null),
        };
    }
}
