namespace CchcFeedback.Core.Statistics;

/// <summary>Two units compared by a 2×2 chi-square test, with the p-value adjusted over all pairs.</summary>
public sealed record PairwiseComparison(
    UnitShare First,
    UnitShare Second,
    ChiSquareResult Test,
    double AdjustedPValue,
    ComparisonVerdict Verdict);
