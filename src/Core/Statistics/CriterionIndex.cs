namespace CchcFeedback.Core.Statistics;

/// <summary>A criterion's index: the share of valid answers that are 4 or 5, with its Wilson interval; no
/// interval when nobody answered on the 1–5 scale.</summary>
public sealed record CriterionIndex(SipasCriterion Criterion, AnswerCounts Counts, WilsonInterval? Share)
{
    public int Answers => Counts.Valid;

    public double? Value => Share?.Estimate;
}
