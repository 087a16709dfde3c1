using CchcFeedback.Core.Data;
using CchcFeedback.Core.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Staff.Statistics;

/// <summary>An open (not yet closed) control-chart alert of a counter or department in view.</summary>
public sealed record OpenAlert(SatisfactionScope Kind, string UnitName, DateOnly WeekStart, int Responses, double Share, double CenterLine, double LowerLimit)
{
    public const int Shown = 50;

    /// <summary>The alerts of the counters in view and of the departments they (or the filter) belong to, newest
    /// week first.</summary>
    public static async Task<IReadOnlyList<OpenAlert>> InViewAsync(
        CchcDbContext db, DashboardUnits units, SatisfactionFilter filter, CancellationToken cancellationToken)
    {
        var counters = units.Counters
            .Where(c => (filter.CenterId is null || c.CenterId == filter.CenterId)
                && (filter.CounterId is null || c.Id == filter.CounterId)
                && (filter.DepartmentId is null || c.DepartmentId == filter.DepartmentId))
            .ToList();
        var departments = units.Departments
            .Where(d => filter.DepartmentId is { } only ? d.Id == only
                : filter.CenterId is null && filter.CounterId is null || counters.Any(c => c.DepartmentId == d.Id))
            .ToList();
        var counterIds = counters.Select(c => c.Id).ToList();
        var departmentIds = departments.Select(d => d.Id).ToList();
        var alerts = await db.SatisfactionAlerts.AsNoTracking()
            .Where(a => a.ClosedAt == null
                && ((a.UnitKind == SatisfactionScope.Counter && counterIds.Contains(a.UnitId))
                    || (a.UnitKind == SatisfactionScope.Department && departmentIds.Contains(a.UnitId))))
            .OrderByDescending(a => a.WeekStart).ThenBy(a => a.Share)
            .Take(Shown)
            .ToListAsync(cancellationToken);
        return [.. alerts.Select(a => new OpenAlert(
            a.UnitKind,
            a.UnitKind == SatisfactionScope.Counter ? units.CounterName(a.UnitId)! : departments.Single(d => d.Id == a.UnitId).Name,
            a.WeekStart, a.Responses, a.Share, a.CenterLine, a.LowerLimit))];
    }
}
