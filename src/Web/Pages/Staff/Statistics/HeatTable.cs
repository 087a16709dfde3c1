using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Web.Pages.Staff.Statistics;

/// <summary>How the heat map is laid out: office hours always, and any other hour that had ratings; each published
/// cell shaded by its satisfied share in five steps, which the legend and the cell's own text both spell out.</summary>
public static class HeatTable
{
    private const int OfficeOpens = 7;
    private const int OfficeCloses = 17;

    public static IReadOnlyList<int> Hours(HeatMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var busy = map.Cells.Where(c => c.Responses > 0).Select(c => c.Hour).ToList();
        var first = Math.Min(OfficeOpens, busy.DefaultIfEmpty(OfficeOpens).Min());
        var last = Math.Max(OfficeCloses, busy.DefaultIfEmpty(OfficeCloses).Max());
        return [.. Enumerable.Range(first, last - first + 1)];
    }

    /// <summary>The shade step 1–5 (below 60%, 60–70%, 70–80%, 80–90%, from 90%); 0 when nothing is published.</summary>
    public static int Shade(HeatCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (!cell.Satisfaction.TryGetValue(out var share))
        {
            return 0;
        }
        return share.Estimate switch
        {
            < 0.6 => 1,
            < 0.7 => 2,
            < 0.8 => 3,
            < 0.9 => 4,
            _ => 5,
        };
    }
}
