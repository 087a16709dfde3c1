using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Bench.Statistics;

/// <summary>The queries /Staff/Statistics runs for one view, in its order.</summary>
public static class DashboardLoad
{
    public static async Task<int> RunAsync(SatisfactionFigures figures, SatisfactionFilter month, SatisfactionFilter year)
    {
        var summary = await figures.SummaryAsync(month);
        await figures.MonthlyTrendAsync(year);
        await figures.CompareAsync(month, SatisfactionScope.Counter);
        await figures.LeagueTableAsync(month, SatisfactionScope.Counter);
        await figures.HeatMapAsync(month);
        var comments = await figures.CommentsAsync(month, 20);
        return comments.Count + (summary is null ? 0 : 1);
    }
}
