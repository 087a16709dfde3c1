namespace CchcFeedback.Core.Reports;

public enum ReportPeriodKind
{
    Month,
    Quarter,
    SixMonths,
    Year,
}

/// <summary>
/// The local days a report covers, From..To inclusive. A month is the calendar month, as on the dashboards. The
/// quarter, six months and year are the periodic reporting periods of Decree 09/2019/NĐ-CP (art. 12): they close
/// on the 14th of the period's last month and start on the 15th of the month before the period, so the first
/// six months of 2026 run from 15/12/2025 to 14/06/2026 and the report owed before 15 December covers 15/06–14/12.
/// </summary>
public sealed record ReportPeriod
{
    private ReportPeriod(ReportPeriodKind kind, int year, int number, DateOnly from, DateOnly to)
    {
        Kind = kind;
        Year = year;
        Number = number;
        From = from;
        To = to;
    }

    public ReportPeriodKind Kind { get; }

    /// <summary>The year the period is named after (the year of its last day).</summary>
    public int Year { get; }

    /// <summary>The month (1–12), quarter (1–4) or half (1–2) within <see cref="Year"/>; 1 for a year.</summary>
    public int Number { get; }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public static ReportPeriod Month(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var first = new DateOnly(year, month, 1);
        return new(ReportPeriodKind.Month, year, month, first, first.AddMonths(1).AddDays(-1));
    }

    public static ReportPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return Decree09(ReportPeriodKind.Quarter, year, quarter, lastMonth: quarter * 3, months: 3);
    }

    public static ReportPeriod SixMonths(int year, int half)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        return Decree09(ReportPeriodKind.SixMonths, year, half, lastMonth: half * 6, months: 6);
    }

    public static ReportPeriod Annual(int year) => Decree09(ReportPeriodKind.Year, year, 1, lastMonth: 12, months: 12);

    /// <summary>The calendar month before the one that contains <paramref name="today"/>: what the job on the 1st reports.</summary>
    public static ReportPeriod PreviousMonth(DateOnly today)
    {
        var previous = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return Month(previous.Year, previous.Month);
    }

    /// <summary>The archive's key for the period, e.g. "2026-10", "2026-Q4", "2026-H2", "2026-Y".</summary>
    public string Key => Kind switch
    {
        ReportPeriodKind.Month => $"{Year:D4}-{Number:D2}",
        ReportPeriodKind.Quarter => $"{Year:D4}-Q{Number}",
        ReportPeriodKind.SixMonths => $"{Year:D4}-H{Number}",
        _ => $"{Year:D4}-Y",
    };

    private static ReportPeriod Decree09(ReportPeriodKind kind, int year, int number, int lastMonth, int months)
    {
        var to = new DateOnly(year, lastMonth, 14);
        var from = to.AddMonths(-months).AddDays(1);
        return new(kind, year, number, from, to);
    }
}
