namespace CchcFeedback.Core.Statistics;

/// <summary>One of the five elements (E1..E5) and its criteria.</summary>
public sealed record SipasElement(string Code, string NameVi, string NameEn, IReadOnlyList<SipasCriterion> Criteria);
