using CchcFeedback.Core.Data;
using CchcFeedback.Core.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Staff.Statistics;

/// <summary>An open (not yet closed) drop alert of a counter or department in view, with its evidence chart.</summary>
public sealed record OpenAlert(SatisfactionScope Kind, string UnitName, SatisfactionAlert Alert, AlertEvidenceChart Chart)
{
    public const int Shown = 50;

    /// <summary>The alerts of the counters in view and of the departments they (or the filter) belong to, newest
    /// week first, one per unit (its newest).</summary>
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
        // A drop that lasts is raised again each week as a reminder: the unit's newest alert stands for it.
        alerts = [.. alerts.DistinctBy(a => (a.UnitKind, a.UnitId))];
        var weeks = await WeeklyCountsAsync(db, alerts, cancellationToken);
        return [.. alerts.Select(a => new OpenAlert(
            a.UnitKind,
            a.UnitKind == SatisfactionScope.Counter ? units.CounterName(a.UnitId)! : departments.Single(d => d.Id == a.UnitId).Name,
            a,
            AlertEvidenceChart.From(a, weeks.GetValueOrDefault((a.UnitKind, a.UnitId)) ?? new Dictionary<DateOnly, (int, int)>())))];
    }

    /// <summary>Each alerted unit's quick ratings by week over the charts' span, in one query.</summary>
    private static async Task<Dictionary<(SatisfactionScope, int), Dictionary<DateOnly, (int Satisfied, int Ratings)>>> WeeklyCountsAsync(
        CchcDbContext db, IReadOnlyList<SatisfactionAlert> alerts, CancellationToken cancellationToken)
    {
        if (alerts.Count == 0)
        {
            return [];
        }
        var to = alerts.Max(a => a.EvidenceTo);
        var from = SatisfactionAlertJob.WeekStartOf(alerts.Min(a => a.EvidenceTo)).AddDays(-7 * (AlertEvidenceChart.Weeks - 1));
        var counterIds = alerts.Where(a => a.UnitKind == SatisfactionScope.Counter).Select(a => a.UnitId).ToList();
        var departmentIds = alerts.Where(a => a.UnitKind == SatisfactionScope.Department).Select(a => a.UnitId).ToList();
        // Quick ratings by Ratings' order: [0] dissatisfied, [1] satisfied, [2] very satisfied.
        var days = await db.SatisfactionDays.AsNoTracking()
            .Where(d => d.Day >= from && d.Day <= to && (counterIds.Contains(d.CounterId) || departmentIds.Contains(d.DepartmentId)))
            .GroupBy(d => new { d.Day, d.CounterId, d.DepartmentId })
            .Select(g => new { g.Key.Day, g.Key.CounterId, g.Key.DepartmentId, Satisfied = g.Sum(d => d.Ratings[1] + d.Ratings[2]), Ratings = g.Sum(d => d.Ratings[0] + d.Ratings[1] + d.Ratings[2]) })
            .ToListAsync(cancellationToken);
        var byUnit = days.Where(d => counterIds.Contains(d.CounterId)).Select(d => (Unit: (SatisfactionScope.Counter, d.CounterId), d.Day, d.Satisfied, d.Ratings))
            .Concat(days.Where(d => departmentIds.Contains(d.DepartmentId)).Select(d => (Unit: (SatisfactionScope.Department, d.DepartmentId), d.Day, d.Satisfied, d.Ratings)));
        return byUnit.GroupBy(d => d.Unit).ToDictionary(
            g => g.Key,
            g => g.GroupBy(d => SatisfactionAlertJob.WeekStartOf(d.Day)).ToDictionary(w => w.Key, w => (w.Sum(d => d.Satisfied), w.Sum(d => d.Ratings))));
    }
}
