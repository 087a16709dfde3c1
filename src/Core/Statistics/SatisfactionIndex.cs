namespace CchcFeedback.Core.Statistics;

/// <summary>The satisfaction figures of SIPAS.md, from answer counts.</summary>
public static class SatisfactionIndex
{
    private static readonly AnswerCounts Empty = new(0, 0, 0, 0, 0);

    public static CriterionIndex ForCriterion(
        SipasCriterion criterion, AnswerCounts counts, double confidence = WilsonInterval.DefaultConfidence)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(counts);
        var share = WilsonInterval.ComputeOrNone(counts.Satisfied, counts.Valid, confidence);
        return new CriterionIndex(criterion, counts, share);
    }

    /// <summary>Criteria missing from <paramref name="countsByCriterion"/> count as unanswered.</summary>
    public static ElementIndex ForElement(
        SipasElement element,
        IReadOnlyDictionary<int, AnswerCounts> countsByCriterion,
        double confidence = WilsonInterval.DefaultConfidence)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(countsByCriterion);
        var criteria = element.Criteria
            .Select(c => ForCriterion(c, countsByCriterion.GetValueOrDefault(c.Number) ?? Empty, confidence))
            .ToList();
        var values = criteria.Where(c => c.Value is not null).Select(c => c.Value!.Value).ToList();
        return new ElementIndex(element, values.Count == 0 ? null : values.Average(), criteria);
    }

    /// <summary>An index over fewer than five elements would not be comparable with SIPAS, so a missing element
    /// leaves the overall index empty rather than averaging the rest.</summary>
    public static SipasIndex ForForm(
        IReadOnlyDictionary<int, AnswerCounts> countsByCriterion, double confidence = WilsonInterval.DefaultConfidence)
    {
        var elements = SipasForm.Elements.Select(e => ForElement(e, countsByCriterion, confidence)).ToList();
        var value = elements.All(e => e.Value is not null) ? elements.Average(e => e.Value!.Value) : (double?)null;
        return new SipasIndex(value, elements);
    }

    /// <summary>Share of "Hài lòng" + "Rất hài lòng" among the three quick-rating levels; null with no ratings.</summary>
    public static WilsonInterval? QuickRating(QuickRatingCounts counts, double confidence = WilsonInterval.DefaultConfidence)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.Total == 0
            ? null
            : WilsonInterval.Compute(counts.VerySatisfied + counts.Satisfied, counts.Total, confidence);
    }
}
