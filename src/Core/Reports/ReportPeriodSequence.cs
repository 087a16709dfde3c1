namespace CchcFeedback.Core.Reports;

/// <summary>The period a report compares itself with: the one of the same kind just before.</summary>
public static class ReportPeriodSequence
{
    public static ReportPeriod Previous(this ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            ReportPeriodKind.Month => period.Number == 1 ? ReportPeriod.Month(period.Year - 1, 12) : ReportPeriod.Month(period.Year, period.Number - 1),
            ReportPeriodKind.Quarter => period.Number == 1 ? ReportPeriod.Quarter(period.Year - 1, 4) : ReportPeriod.Quarter(period.Year, period.Number - 1),
            ReportPeriodKind.SixMonths => period.Number == 1 ? ReportPeriod.SixMonths(period.Year - 1, 2) : ReportPeriod.SixMonths(period.Year, 1),
            _ => ReportPeriod.Annual(period.Year - 1),
        };
    }
}
