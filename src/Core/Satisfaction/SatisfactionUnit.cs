namespace CchcFeedback.Core.Satisfaction;

/// <summary>A center, counter, department or procedure as the catalog names it.</summary>
public sealed record SatisfactionUnit(SatisfactionScope Kind, int Id, string Code, string Name);

/// <summary>One unit's quick ratings, as several figures need them.</summary>
internal sealed record UnitCounts(SatisfactionUnit Unit, Statistics.QuickRatingCounts Counts)
{
    public Statistics.UnitShare Share => new(Unit.Code, Counts.VerySatisfied + Counts.Satisfied, Counts.Total);
}
