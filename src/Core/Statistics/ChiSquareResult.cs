namespace CchcFeedback.Core.Statistics;

/// <summary>A Pearson chi-square test; <see cref="SmallestExpected"/> below 5 warns that the chi-square
/// approximation is rough.</summary>
public sealed record ChiSquareResult(double Statistic, int DegreesOfFreedom, double PValue, double SmallestExpected);
