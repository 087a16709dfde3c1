using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace CchcFeedback.Core.Statistics;

/// <summary>The least-squares line through monthly index values, its slope per month, the slope's standard
/// error and the two-sided t-test of "no trend" on n − 2 degrees of freedom. Fewer than three months give no
/// standard error, so no line (null, "no data").</summary>
public sealed record TrendLine(
    double Slope,
    double Intercept,
    double StandardError,
    double TStatistic,
    int DegreesOfFreedom,
    double PValue)
{
    /// <summary>Values are taken as consecutive months 0, 1, 2, …; a missing month should be passed with
    /// <see cref="Fit(IReadOnlyList{double}, IReadOnlyList{double})"/> and its real month number.</summary>
    public const int MinimumMonths = 3;

    public static TrendLine? Fit(IReadOnlyList<double> monthlyValues)
    {
        ArgumentNullException.ThrowIfNull(monthlyValues);
        return Fit([.. Enumerable.Range(0, monthlyValues.Count).Select(i => (double)i)], monthlyValues);
    }

    public static TrendLine? Fit(IReadOnlyList<double> months, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(values);
        var n = values.Count;
        if (months.Count != n)
        {
            throw new ArgumentException("Each value needs its month.", nameof(months));
        }

        if (n < MinimumMonths)
        {
            return null;
        }

        var x = months.ToArray();
        var y = values.ToArray();
        var meanX = x.Average();
        var sxx = x.Sum(v => (v - meanX) * (v - meanX));
        if (sxx == 0)
        {
            throw new ArgumentException("The months must not all be the same.", nameof(months));
        }

        var (intercept, slope) = MathNet.Numerics.Fit.Line(x, y);
        var residualSquares = x.Zip(y, (xi, yi) => yi - (intercept + slope * xi)).Sum(r => r * r);
        var degreesOfFreedom = n - 2;
        var standardError = Math.Sqrt(residualSquares / degreesOfFreedom / sxx);
        var t = standardError > 0 ? slope / standardError
            : slope == 0 ? 0
            : Math.CopySign(double.PositiveInfinity, slope);
        var pValue = double.IsInfinity(t) ? 0 : 2 * StudentT.CDF(0, 1, degreesOfFreedom, -Math.Abs(t));
        return new TrendLine(slope, intercept, standardError, t, degreesOfFreedom, pValue);
    }
}
