namespace CchcFeedback.Core.Statistics;

/// <summary>A Pearson chi-square test; <see cref="SmallestExpected"/> below 5 warns that the chi-square
/// approximation is rough.</summary>
public sealed record ChiSquareResult(double Statistic, int DegreesOfFreedom, double PValue, double SmallestExpected)
{
    /// <summary>"No data": fewer than two rows or columns with answers leave nothing to test; p = 1, so that
    /// nothing built on it is ever called significant.</summary>
    public static ChiSquareResult NoTest { get; } = new(0, 0, 1, double.NaN);

    public bool IsTested => DegreesOfFreedom > 0;
}
