namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>How a period of local days is read from the tallies: months from satisfaction_months, each with a sign,
/// and days from satisfaction_days. A month wholly in the period is read whole. A month partly in it is read as
/// its days in the period when they are fewer than half the month, else as the month less its days outside the
/// period: for "this month" those are still to come and hold nothing, so the dashboard's usual periods read
/// months only.</summary>
internal sealed record TallyPeriod(
    DateOnly? FirstMonth,
    DateOnly? LastMonth,
    IReadOnlyList<(DateOnly From, DateOnly To)> AddedDays,
    IReadOnlyList<(DateOnly From, DateOnly To)> SubtractedDays)
{
    public static TallyPeriod Of(DateOnly from, DateOnly to)
    {
        var months = new List<DateOnly>();
        var added = new List<(DateOnly, DateOnly)>();
        var subtracted = new List<(DateOnly, DateOnly)>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            var (first, last) = (from > month ? from : month, to < end ? to : end);
            if ((last.DayNumber - first.DayNumber + 1) * 2 < end.Day)
            {
                added.Add((first, last));
                continue;
            }
            months.Add(month);
            if (first > month)
            {
                subtracted.Add((month, first.AddDays(-1)));
            }
            if (last < end)
            {
                subtracted.Add((last.AddDays(1), end));
            }
        }
        // Only the first and the last month can be partial, so the months read are consecutive.
        return new TallyPeriod(months.Count > 0 ? months[0] : null, months.Count > 0 ? months[^1] : null, added, subtracted);
    }
}
