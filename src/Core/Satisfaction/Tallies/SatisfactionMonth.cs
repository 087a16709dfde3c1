namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>A place's tally for one local month (<see cref="Month"/> is its first day), with the quick ratings by
/// weekday and hour for the heat map: the sum of its days, kept by the rollup so that a month, or a year of
/// months, reads one row per place.</summary>
public class SatisfactionMonth : SatisfactionTally
{
    /// <summary>By [weekday × 24 + hour], weekday as <see cref="DayOfWeek"/> (0 = Sunday).</summary>
    public int[] RatingsByWeekdayHour { get; set; } = new int[TallyLayout.WeekdayHours];

    public int[] SatisfiedByWeekdayHour { get; set; } = new int[TallyLayout.WeekdayHours];

    private protected override IReadOnlyList<int[]> TimeValues => [RatingsByWeekdayHour, SatisfiedByWeekdayHour];

    private protected override void AssignTimeValues(int[] ratings, int[] satisfied) => (RatingsByWeekdayHour, SatisfiedByWeekdayHour) = (ratings, satisfied);

    internal TallyKey Key => new(Month, CenterId, CounterId, DepartmentId, ProcedureId, FormVersion);

    public static SatisfactionMonth For(TallyKey key)
    {
        var month = new SatisfactionMonth { Month = key.InMonth.Date };
        month.Place(key);
        return month;
    }

    /// <summary>Adds a day of this month, its hours placed under its weekday.</summary>
    public void Add(SatisfactionDay day)
    {
        AddCounts(day);
        var offset = (int)day.Day.DayOfWeek * TallyLayout.HoursPerDay;
        for (var hour = 0; hour < TallyLayout.HoursPerDay; hour++)
        {
            RatingsByWeekdayHour[offset + hour] = checked(RatingsByWeekdayHour[offset + hour] + day.RatingsByHour[hour]);
            SatisfiedByWeekdayHour[offset + hour] = checked(SatisfiedByWeekdayHour[offset + hour] + day.SatisfiedByHour[hour]);
        }
    }
}
