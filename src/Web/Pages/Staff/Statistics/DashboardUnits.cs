using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Staff.Statistics;

/// <summary>The centers, counters, departments and procedures a user may filter by: all of them for a Manager, only
/// what belongs to their own departments for DepartmentStaff (a center, when it has one of their counters).</summary>
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
        var departments = await db.Departments.AsNoTracking().VisibleIn(scope)
            .OrderBy(d => d.Level).ThenBy(d => d.NameVi)
            .Select(d => new Unit(d.Id, d.Code, d.NameVi))
            .ToListAsync(cancellationToken);
        var ids = departments.Select(d => d.Id).ToList();
        var counters = await db.Counters.AsNoTracking()
            .Where(c => scope.IsAll || ids.Contains(c.DepartmentId))
            .OrderBy(c => c.Center.Level).ThenBy(c => c.Center.NameVi).ThenBy(c => c.NameVi)
            .Select(c => new CounterUnit(c.Id, c.Code, c.NameVi, c.CenterId, c.Center.NameVi, c.DepartmentId))
            .ToListAsync(cancellationToken);
        var centerIds = counters.Select(c => c.CenterId).Distinct().ToList();
        var centers = await db.ServiceCenters.AsNoTracking()
            .Where(c => scope.IsAll || centerIds.Contains(c.Id))
            .OrderBy(c => c.Level).ThenBy(c => c.NameVi)
            .Select(c => new Unit(c.Id, c.Code, c.NameVi))
            .ToListAsync(cancellationToken);
        var procedures = await db.Procedures.AsNoTracking()
            .Where(p => scope.IsAll || (p.DepartmentId != null && ids.Contains(p.DepartmentId.Value)))
            .OrderBy(p => p.Code)
            .Select(p => new Unit(p.Id, p.Code, p.NameVi))
            .ToListAsync(cancellationToken);
        return new DashboardUnits(centers, counters, departments, procedures);
    }

    /// <summary>The first id of the query string that names no unit of these lists, with the kind it claimed to be.</summary>
    public (string Kind, int Id)? Outside(int? center, int? counter, int? department, int? procedure) =>
        center is { } a && Centers.All(u => u.Id != a) ? ("center", a)
        : counter is { } b && Counters.All(u => u.Id != b) ? ("counter", b)
        : department is { } c && Departments.All(u => u.Id != c) ? ("department", c)
        : procedure is { } d && Procedures.All(u => u.Id != d) ? ("procedure", d)
        : null;

    public string? CounterName(int? id) => Counters.FirstOrDefault(c => c.Id == id) is { } c ? $"{c.Name} · {c.CenterName}" : null;
}
