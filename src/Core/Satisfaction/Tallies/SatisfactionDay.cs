using CchcFeedback.Core.Surveys;

namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>A place's tally for one Vietnamese calendar day, with the quick ratings by local hour: the rollup's
/// unit of work, the weekly alerts' input and the edges of periods that are not whole months.</summary>
public class SatisfactionDay : SatisfactionTally
{
    public DateOnly Day { get; set; }

    public int[] RatingsByHour { get; set; } = new int[TallyLayout.HoursPerDay];

    /// <summary>Rated "Hài lòng" or "Rất hài lòng", by local hour.</summary>
    public int[] SatisfiedByHour { get; set; } = new int[TallyLayout.HoursPerDay];

    private protected override IReadOnlyList<int[]> TimeValues => [RatingsByHour, SatisfiedByHour];

    private protected override void AssignTimeValues(int[] ratings, int[] satisfied) => (RatingsByHour, SatisfiedByHour) = (ratings, satisfied);

    internal TallyKey Key => new(Day, CenterId, CounterId, DepartmentId, ProcedureId, FormVersion);

    public static SatisfactionDay For(TallyKey key)
    {
        var day = new SatisfactionDay { Day = key.Date, Month = key.InMonth.Date };
        day.Place(key);
        return day;
    }

    internal void AddRating(QuickRating rating, int hour, int sign)
    {
        AddRating(rating, sign);
        RatingsByHour[hour] += sign;
        if (rating >= QuickRating.Satisfied)
        {
            SatisfiedByHour[hour] += sign;
        }
    }
}
