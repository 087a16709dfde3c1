using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Reports;

/// <summary>A unit's quick-rating index in the previous period and in this one, both published. The change is
/// called clear only when the two 95% intervals do not overlap: a conservative reading that needs no test of its
/// own, so that a unit is not praised or blamed for noise.</summary>
public sealed record UnitChange(SatisfactionUnit Unit, WilsonInterval Previous, WilsonInterval Current)
{
    public double Change => Current.Estimate - Previous.Estimate;

    /// <summary>The change between the two shares as the report prints them (to a tenth of a point), so that the table
    /// reads true: 88,0% → 88,1% is +0,1, where the unrounded change (0,04 point) would print 0,0.</summary>
    public double ShownChange => AsPrinted(Current.Estimate) - AsPrinted(Previous.Estimate);

    private static double AsPrinted(double share) => Math.Round(share * 1000, MidpointRounding.AwayFromZero) / 1000;

    public bool IsClear => Current.Lower > Previous.Upper || Current.Upper < Previous.Lower;

    /// <summary>The units published in both periods, largest rise first.</summary>
    public static IReadOnlyList<UnitChange> Between(UnitComparison previous, UnitComparison current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var before = previous.Units.ToDictionary(u => u.Unit.Id);
        return [.. current.Units
            .Where(u => before.ContainsKey(u.Unit.Id))
            .Select(u => (Now: u.QuickRating.Index, Then: before[u.Unit.Id].QuickRating.Index, u.Unit))
            .Where(u => !u.Now.IsSuppressed && !u.Then.IsSuppressed)
            .Select(u => new UnitChange(u.Unit, u.Then.Value, u.Now.Value))
            .OrderByDescending(c => c.Change)
            .ThenBy(c => c.Unit.Code, StringComparer.Ordinal)];
    }
}
