using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Statistics;

public class ChiSquareTestTests
{
    private const double Tolerance = 1e-4;

    [Fact]
    public void Independence_ThreeUnitsTable_MatchesHandComputation()
    {
        // Rows (satisfied, not): A 30/10, B 20/20, C 25/15; column totals 75, 45; N = 120, each row 40, so every
        // expected cell is 25 and 15. X² = 2·(5²/25 + 5²/15) + 0 = 2·(1 + 1.666667) = 5.333333 on (3−1)(2−1) = 2 df;
        // with 2 df the upper tail is exp(−x/2) = exp(−2.666667) = 0.069483 (R: chisq.test(m)$p.value).
        long[,] table = { { 30, 10 }, { 20, 20 }, { 25, 15 } };

        var result = ChiSquareTest.Independence(table);

        Assert.Equal(5.333333, result.Statistic, Tolerance);
        Assert.Equal(2, result.DegreesOfFreedom);
        Assert.Equal(0.069483, result.PValue, Tolerance);
        Assert.Equal(15, result.SmallestExpected, Tolerance);
    }

    [Fact]
    public void Independence_TwoByTwo_MatchesShortcutFormula()
    {
        // 2×2 shortcut N(ad − bc)²/((a+b)(c+d)(a+c)(b+d)) = 80·400²/(40·40·50·30) = 5.333333; with 1 df the upper
        // tail is erfc(√(x/2)) = 0.020921 (R: prop.test(c(30, 20), c(40, 40), correct = FALSE)$p.value).
        var result = ChiSquareTest.Independence([new UnitShare("A", 30, 40), new UnitShare("B", 20, 40)]);

        Assert.Equal(5.333333, result.Statistic, Tolerance);
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(0.020921, result.PValue, Tolerance);
    }

    [Fact]
    public void Independence_EveryoneSatisfied_HasNoDegreesOfFreedomAndPValueOne()
    {
        var result = ChiSquareTest.Independence([new UnitShare("A", 40, 40), new UnitShare("B", 12, 12)]);

        Assert.Equal(0, result.DegreesOfFreedom);
        Assert.Equal(1, result.PValue);
    }

    [Fact]
    public void Independence_AllZeroTable_IsNoTest()
    {
        // No row or column has answers: (0 − 1)(0 − 1) must not pass for one degree of freedom.
        var result = ChiSquareTest.Independence(new long[3, 2]);

        Assert.False(result.IsTested);
        Assert.Equal(0, result.DegreesOfFreedom);
        Assert.Equal(1, result.PValue);
    }

    [Fact]
    public void Independence_NoUnits_IsNoTest() =>
        Assert.False(ChiSquareTest.Independence(Array.Empty<UnitShare>()).IsTested);

    // Units A 90/100, B 60/100, C 80/100, D 90/100. 2×2 p-values by the shortcut formula and erfc(√(x/2)):
    // A–B and B–D X² = 24 → 9.633570e-7; B–C X² = 9.523810 → 0.002028; A–C and C–D X² = 3.921569 → 0.047670;
    // A–D X² = 0 → 1. A–C is below 0.05 alone but not once the six pairs are corrected:
    // Holm gives it 3·0.047670 = 0.143011; BH gives min(6/4·0.047670, 6/5·0.047670, 1) = 0.057204.
    private static readonly UnitShare[] FourUnits =
    [
        new("A", 90, 100), new("B", 60, 100), new("C", 80, 100), new("D", 90, 100),
    ];

    [Theory]
    [InlineData(MultipleComparisonMethod.Holm, 0.143011)]
    [InlineData(MultipleComparisonMethod.BenjaminiHochberg, 0.057204)]
    public void Pairwise_RawPBelowFivePercent_IsNoDifferenceAfterCorrection(MultipleComparisonMethod method, double expectedAdjusted)
    {
        var comparisons = ChiSquareTest.Pairwise(FourUnits, method);

        var aVersusC = Find(comparisons, "A", "C");
        Assert.Equal(0.047670, aVersusC.Test.PValue, Tolerance);
        Assert.Equal(expectedAdjusted, aVersusC.AdjustedPValue, Tolerance);
        Assert.Equal(ComparisonVerdict.NoSignificantDifference, aVersusC.Verdict);
    }

    [Theory]
    [InlineData(MultipleComparisonMethod.Holm)]
    [InlineData(MultipleComparisonMethod.BenjaminiHochberg)]
    public void Pairwise_ClearDifferences_NameTheBetterAndWorseUnit(MultipleComparisonMethod method)
    {
        var comparisons = ChiSquareTest.Pairwise(FourUnits, method);

        Assert.Equal(6, comparisons.Count);
        Assert.Equal(ComparisonVerdict.FirstBetter, Find(comparisons, "A", "B").Verdict);
        Assert.Equal(ComparisonVerdict.FirstWorse, Find(comparisons, "B", "C").Verdict);
        Assert.Equal(ComparisonVerdict.NoSignificantDifference, Find(comparisons, "A", "D").Verdict);
    }

    [Fact]
    public void Pairwise_Holm_AdjustsBToCAsHandComputed()
    {
        // B–C is third smallest of six: Holm 4·0.002028 = 0.008113.
        var comparisons = ChiSquareTest.Pairwise(FourUnits, MultipleComparisonMethod.Holm);

        Assert.Equal(0.008113, Find(comparisons, "B", "C").AdjustedPValue, Tolerance);
    }

    private static PairwiseComparison Find(IReadOnlyList<PairwiseComparison> comparisons, string first, string second) =>
        comparisons.Single(c => c.First.Unit == first && c.Second.Unit == second);
}
