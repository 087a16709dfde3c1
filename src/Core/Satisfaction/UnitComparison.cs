using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>Units compared on the quick-rating index (SIPAS.md, comparisons): a chi-square test of independence
/// over the units with at least 10 ratings, then, only when it finds a difference, every pair tested and
/// corrected by <see cref="Method"/>. A unit is better or worse than another only when the corrected test says so;
/// units below 10 ratings are listed, suppressed and never compared.</summary>
public sealed record UnitComparison(
    SatisfactionScope Kind,
    IReadOnlyList<ComparedUnit> Units,
    ChiSquareResult Test,
    MultipleComparisonMethod Method,
    IReadOnlyList<PairwiseComparison> Pairs)
{
    public bool UnitsDiffer => Test.IsTested && Test.PValue < ChiSquareTest.SignificanceLevel;

    internal static UnitComparison From(SatisfactionScope kind, IReadOnlyList<UnitCounts> units, MultipleComparisonMethod method)
    {
        var tested = units.Where(u => SmallCellRule.IsPublishable(u.Counts.Total)).ToList();
        var test = tested.Count < 2 ? ChiSquareResult.NoTest : ChiSquareTest.Independence([.. tested.Select(u => u.Share)]);
        var differ = test.IsTested && test.PValue < ChiSquareTest.SignificanceLevel;
        var pairs = differ ? ChiSquareTest.Pairwise([.. tested.Select(u => u.Share)], method) : [];
        var byCode = units.ToDictionary(u => u.Unit.Code, u => u.Unit);
        return new UnitComparison(
            kind,
            [.. units.Select(u => new ComparedUnit(
                u.Unit,
                QuickRatingFigures.From(u.Counts),
                Beating(pairs, u.Unit.Code, ComparisonVerdict.FirstBetter, byCode),
                Beating(pairs, u.Unit.Code, ComparisonVerdict.FirstWorse, byCode)))],
            test,
            method,
            pairs);
    }

    /// <summary>The units that <paramref name="code"/> stands in <paramref name="verdict"/> to, read from either side of each pair.</summary>
    private static IReadOnlyList<SatisfactionUnit> Beating(
        IReadOnlyList<PairwiseComparison> pairs, string code, ComparisonVerdict verdict, IReadOnlyDictionary<string, SatisfactionUnit> byCode)
    {
        var opposite = verdict == ComparisonVerdict.FirstBetter ? ComparisonVerdict.FirstWorse : ComparisonVerdict.FirstBetter;
        return [.. pairs
            .Select(p => p.First.Unit == code && p.Verdict == verdict ? p.Second.Unit
                : p.Second.Unit == code && p.Verdict == opposite ? p.First.Unit
                : null)
            .OfType<string>()
            .Select(other => byCode[other])];
    }
}

/// <summary>A unit's figures and the units it is significantly better or worse than (empty when none).</summary>
public sealed record ComparedUnit(
    SatisfactionUnit Unit,
    QuickRatingFigures QuickRating,
    IReadOnlyList<SatisfactionUnit> BetterThan,
    IReadOnlyList<SatisfactionUnit> WorseThan);
