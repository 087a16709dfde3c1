namespace CchcFeedback.Core.Statistics;

/// <summary>An element's index: the mean of the indices of its criteria that have answers.</summary>
public sealed record ElementIndex(SipasElement Element, double? Value, IReadOnlyList<CriterionIndex> Criteria)
{
    /// <summary>The n of the weakest criterion in the mean, which is the n a small-cell rule must judge: an
    /// element figure is only as well supported as its thinnest criterion.</summary>
    public int FewestAnswers => Criteria.Where(c => c.Answers > 0).Select(c => c.Answers).DefaultIfEmpty(0).Min();
}
