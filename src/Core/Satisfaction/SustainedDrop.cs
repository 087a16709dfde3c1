namespace CchcFeedback.Core.Satisfaction;

/// <summary>A unit's quick ratings on one Vietnamese day: satisfied (or very satisfied) out of all.</summary>
public sealed record DayCount(DateOnly Day, int Satisfied, int Ratings);

/// <summary>A signal of the drop chart: on <see cref="SignalDay"/> the ratings since <see cref="EvidenceFrom"/> (the
/// evidence) had fallen far enough below the unit's usual share (the baseline of its previous weeks).</summary>
public sealed record SustainedDrop(
    DateOnly SignalDay,
    DateOnly EvidenceFrom,
    int EvidenceSatisfied,
    int EvidenceRatings,
    int BaselineWeeks,
    int BaselineSatisfied,
    int BaselineRatings)
{
    public double EvidenceShare => (double)EvidenceSatisfied / EvidenceRatings;

    public double BaselineShare => (double)BaselineSatisfied / BaselineRatings;
}
