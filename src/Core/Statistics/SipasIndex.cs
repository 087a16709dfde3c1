namespace CchcFeedback.Core.Statistics;

/// <summary>The SIPAS-style index: the mean of the five element indices, or none when an element has no answers.</summary>
public sealed record SipasIndex(double? Value, IReadOnlyList<ElementIndex> Elements)
{
    public int FewestAnswers => Elements.Select(e => e.FewestAnswers).DefaultIfEmpty(0).Min();
}
