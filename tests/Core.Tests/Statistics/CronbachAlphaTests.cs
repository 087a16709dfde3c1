using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Statistics;

public class CronbachAlphaTests
{
    private const double Tolerance = 1e-4;

    // Five respondents × three items (hand-computed example):
    //   (4,5,4) (3,4,3) (5,5,4) (2,3,3) (4,4,5); item sums 18, 21, 19; totals 13, 10, 14, 8, 13 (mean 11.6).
    // Item variances 1.3, 0.7, 0.7 (Σ 2.7); total variance (1.96 + 2.56 + 5.76 + 12.96 + 1.96)/4 = 6.3.
    // alpha = 3/2 · (1 − 2.7/6.3) = 1.5 · 0.571429 = 0.857143 (= 6/7).
    private static readonly double[][] Cases = [[4, 5, 4], [3, 4, 3], [5, 5, 4], [2, 3, 3], [4, 4, 5]];
    private const double ExpectedAlpha = 6.0 / 7.0;

    [Fact]
    public void FromVariances_HandExample_IsSixSevenths()
    {
        var alpha = CronbachAlpha.FromVariances([1.3, 0.7, 0.7], totalVariance: 6.3, completeCases: 5);

        Assert.Equal(ExpectedAlpha, alpha.Value, Tolerance);
        Assert.Equal(3, alpha.Items);
        Assert.Equal(5, alpha.CompleteCases);
    }

    [Fact]
    public void FromCovariance_HandExample_IsSixSevenths()
    {
        // Covariances by hand from (Σxy − ΣxΣy/n)/(n − 1): c12 = (79 − 18·21/5)/4 = 0.85, c13 = 0.65, c23 = 0.30;
        // the matrix sums to 2.7 + 2·1.8 = 6.3, the total variance.
        double[,] covariance = { { 1.3, 0.85, 0.65 }, { 0.85, 0.7, 0.3 }, { 0.65, 0.3, 0.7 } };

        var alpha = CronbachAlpha.FromCovariance(covariance, completeCases: 5);

        Assert.Equal(ExpectedAlpha, alpha.Value, Tolerance);
    }

    [Fact]
    public void FromMoments_RollupsOfTwoPeriodsAdded_EqualsAlphaOfAllCases()
    {
        var firstPeriod = ItemMoments.FromCases(3, Cases.Take(2));
        var secondPeriod = ItemMoments.FromCases(3, Cases.Skip(2));

        var alpha = CronbachAlpha.FromMoments(firstPeriod.Add(secondPeriod))!;

        Assert.Equal(ExpectedAlpha, alpha.Value, Tolerance);
        Assert.Equal(5, alpha.CompleteCases);
    }

    [Fact]
    public void FromMoments_StoredSums_GiveTheHandCovariance()
    {
        // Σx = 18, 21, 19; Σx1x2 = 79, Σx1² = 70 → c11 = (70 − 18²/5)/4 = 1.3, c12 = 0.85.
        var moments = ItemMoments.FromCases(3, Cases);

        var covariance = moments.Covariance();

        Assert.Equal(79, moments.SumOfProducts(0, 1));
        Assert.Equal(1.3, covariance[0, 0], Tolerance);
        Assert.Equal(0.85, covariance[0, 1], Tolerance);
    }

    [Fact]
    public void FromSums_ItemAndTotalSums_IsSixSevenths()
    {
        // What reliability_moments keep for the five cases: Σx = 18, 21, 19 and Σx² = 70, 91, 75 per item; the totals
        // 13, 10, 14, 8, 13 give Σ = 58 and Σ² = 698, so Var(total) = (698 − 58²/5)/4 = 6.3 as above.
        var alpha = CronbachAlpha.FromSums(5, [(18, 70), (21, 91), (19, 75)], (58, 698))!;

        Assert.Equal(ExpectedAlpha, alpha.Value, Tolerance);
        Assert.Equal(5, alpha.CompleteCases);
    }

    [Fact]
    public void FromSums_OneCase_IsNoData() =>
        Assert.Null(CronbachAlpha.FromSums(1, [(4, 16), (5, 25)], (9, 81)));

    [Fact]
    public void FromMoments_OneCase_IsNoData() =>
        Assert.Null(CronbachAlpha.FromMoments(ItemMoments.FromCases(3, Cases.Take(1))));

    [Fact]
    public void FromVariances_EveryTotalEqual_IsNaN() =>
        Assert.True(double.IsNaN(CronbachAlpha.FromVariances([0.5, 0.5], totalVariance: 0, completeCases: 4).Value));
}
