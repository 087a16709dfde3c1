using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Staff.Statistics;

/// <summary>The centers, counters, departments and procedures a user may filter by: the units whose figures
/// <see cref="FigureVisibility"/> lets them see. All of them for a Manager; their own departments, counters and
/// procedures for DepartmentStaff, and no center (a center's figures mix other departments' counters; each of
/// their counters is named with its center).</summary>
public sealed record DashboardUnits(
    IReadOnlyList<DashboardUnits.Unit> Centers,
    IReadOnlyList<DashboardUnits.CounterUnit> Counters,
    IReadOnlyList<DashboardUnits.Unit> Departments,
    IReadOnlyList<DashboardUnits.Unit> Procedures)
{
    public sealed record Unit(int Id, string Code, string Name);

    public sealed record CounterUnit(int Id, string Code, string Name, int CenterId, string CenterName, int DepartmentId);

    public static async Task<DashboardUnits> LoadAsync(CchcDbContext db, DepartmentScope scope, CancellationToken cancellationToken)
    {
        var (departmentIds, counterIds) = (Visible(db, SatisfactionScope.Department, scope), Visible(db, SatisfactionScope.Counter, scope));
        var (centerIds, procedureIds) = (Visible(db, SatisfactionScope.Center, scope), Visible(db, SatisfactionScope.Procedure, scope));
        var departments = await db.Departments.AsNoTracking()
            .Where(d => departmentIds.Contains(d.Id))
            .OrderBy(d => d.Level).ThenBy(d => d.NameVi)
            .Select(d => new Unit(d.Id, d.Code, d.NameVi))
            .ToListAsync(cancellationToken);
        var counters = await db.Counters.AsNoTracking()
            .Where(c => counterIds.Contains(c.Id))
            .OrderBy(c => c.Center.Level).ThenBy(c => c.Center.NameVi).ThenBy(c => c.NameVi)
            .Select(c => new CounterUnit(c.Id, c.Code, c.NameVi, c.CenterId, c.Center.NameVi, c.DepartmentId))
            .ToListAsync(cancellationToken);
        var centers = await db.ServiceCenters.AsNoTracking()
            .Where(c => centerIds.Contains(c.Id))
            .OrderBy(c => c.Level).ThenBy(c => c.NameVi)
            .Select(c => new Unit(c.Id, c.Code, c.NameVi))
            .ToListAsync(cancellationToken);
        var procedures = await db.Procedures.AsNoTracking()
            .Where(p => procedureIds.Contains(p.Id))
            .OrderBy(p => p.Code)
            .Select(p => new Unit(p.Id, p.Code, p.NameVi))
            .ToListAsync(cancellationToken);
        return new DashboardUnits(centers, counters, departments, procedures);
    }

    /// <summary>The ids of the units of a kind whose figures the user may see.</summary>
    private static IQueryable<int> Visible(CchcDbContext db, SatisfactionScope kind, DepartmentScope scope) =>
        db.FigureUnits(kind).VisibleIn(scope).Select(u => u.Id);

    /// <summary>The first id of the query string that names no unit of these lists, with the kind it claimed to be.</summary>
    public (SatisfactionScope Kind, int Id)? Outside(int? center, int? counter, int? department, int? procedure) =>
        center is { } a && Centers.All(u => u.Id != a) ? (SatisfactionScope.Center, a)
        : counter is { } b && Counters.All(u => u.Id != b) ? (SatisfactionScope.Counter, b)
        : department is { } c && Departments.All(u => u.Id != c) ? (SatisfactionScope.Department, c)
        : procedure is { } d && Procedures.All(u => u.Id != d) ? (SatisfactionScope.Procedure, d)
        : null;

    public string? CounterName(int? id) => Counters.FirstOrDefault(c => c.Id == id) is { } c ? $"{c.Name} · {c.CenterName}" : null;
}
