using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Statistics;
using CchcFeedback.Web.Satisfaction;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CchcFeedback.Web.Pages.Transparency;

/// <summary>The public transparency page (the "chuyên mục CCHC"): each center's monthly quick-rating index with its
/// interval and n over the last 12 local months, and the province's trend. A cell below the small-cell rule shows
/// neither figure nor n, and cells that would let it be worked out by subtraction are withheld too
/// (<see cref="TransparencyReport.Protected"/>). Anyone may open it, so the figures
/// are kept for a few minutes and shared by every visitor; the global rate limiter applies as on every page.</summary>
public class IndexModel(SatisfactionFigures figures, CchcDbContext db, IMemoryCache cache, TimeProvider clock) : PageModel
{
    public const int MonthsShown = 12;
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    public TransparencyReport Report { get; private set; } = null!;

    public TrendChart Chart { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.DateOf(clock.GetUtcNow());
        Report = (await cache.GetOrCreateAsync(("transparency", today), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return BuildAsync(today, cancellationToken);
        }))!;
        Chart = TrendChart.From(Report.Province);
    }

    private async Task<TransparencyReport> BuildAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - MonthsShown);
        var filter = new SatisfactionFilter(from, today);
        var months = filter.Months();
        var province = await figures.MonthlyTrendAsync(filter, cancellationToken);
        var byCenter = (await figures.MonthlyByUnitAsync(filter, SatisfactionScope.Center, cancellationToken))
            .ToDictionary(u => u.Unit.Id);
        var centers = await db.ServiceCenters.AsNoTracking().OrderBy(c => c.Level).ThenBy(c => c.NameVi)
            .Select(c => new { c.Id, c.Code, c.NameVi })
            .ToListAsync(cancellationToken);
        var none = QuickRatingFigures.From(new QuickRatingCounts(0, 0, 0));
        return TransparencyReport.Protected(from, today, months, province, [.. centers.Select(c => byCenter.TryGetValue(c.Id, out var found)
            ? new CenterMonths(c.Code, c.NameVi, found.Period, found.Trend.Months)
            : new CenterMonths(c.Code, c.NameVi, none, [.. months.Select(m => new MonthFigure(m, none))]))]);
    }
}
