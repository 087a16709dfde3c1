namespace CchcFeedback.Core.Satisfaction;

/// <summary>Which counts a figure is built from: the local (Asia/Ho_Chi_Minh) days From..To inclusive, and any of
/// a center, counter, department and procedure. Unset places mean "all".</summary>
public sealed record SatisfactionFilter
{
    public SatisfactionFilter(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public int? CenterId { get; init; }

    public int? CounterId { get; init; }

    public int? DepartmentId { get; init; }

    public int? ProcedureId { get; init; }

    /// <summary>The local months the period touches, each as its first day.</summary>
    public IReadOnlyList<DateOnly> Months()
    {
        var months = new List<DateOnly>();
        for (var month = new DateOnly(From.Year, From.Month, 1); month <= To; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        return months;
    }
}
