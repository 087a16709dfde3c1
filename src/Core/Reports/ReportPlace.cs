using CchcFeedback.Core.Data;
using CchcFeedback.Core.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Reports;

/// <summary>A report's scope found in the catalog: the filter every figure is read with, and the units the report
/// breaks the scope down into (the next levels below it).</summary>
public sealed record ReportPlace(ReportScope Scope, int? Id, string? Name)
{
    public static async Task<ReportPlace> FindAsync(CchcDbContext db, ReportScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var unit = scope.Kind switch
        {
            ReportScopeKind.Province => null,
            ReportScopeKind.Center => await db.ServiceCenters.AsNoTracking().Where(c => c.Code == scope.Code)
                .Select(c => new { c.Id, c.NameVi }).FirstOrDefaultAsync(cancellationToken),
            _ => await db.Departments.AsNoTracking().Where(d => d.Code == scope.Code)
                .Select(d => new { d.Id, d.NameVi }).FirstOrDefaultAsync(cancellationToken),
        };
        if (scope.Kind != ReportScopeKind.Province && unit is null)
        {
            throw new ReportScopeNotFoundException(scope);
        }
        return new ReportPlace(scope, unit?.Id, unit?.NameVi);
    }

    public SatisfactionFilter Filter(DateOnly from, DateOnly to) => new(from, to)
    {
        CenterId = Scope.Kind == ReportScopeKind.Center ? Id : null,
        DepartmentId = Scope.Kind == ReportScopeKind.Department ? Id : null,
    };

    /// <summary>Whose service the title names: "cơ quan hành chính", "cơ quan hành chính tại Trung tâm ...", or
    /// the department itself.</summary>
    public string TitleSubject => Scope.Kind switch
    {
        ReportScopeKind.Province => "cơ quan hành chính",
        ReportScopeKind.Center => $"cơ quan hành chính tại {Name}",
        _ => Name!,
    };

    /// <summary>The scope in a sentence: "toàn tỉnh" or the unit's name.</summary>
    public string Description => Scope.Kind == ReportScopeKind.Province ? "toàn tỉnh" : Name!;

    /// <summary>The province by centers and departments; a center by its departments' and counters; a department
    /// by the centers it serves in and its counters.</summary>
    public IReadOnlyList<SatisfactionUnitKind> ComparedKinds => Scope.Kind switch
    {
        ReportScopeKind.Province => [SatisfactionUnitKind.Center, SatisfactionUnitKind.Department],
        ReportScopeKind.Center => [SatisfactionUnitKind.Department, SatisfactionUnitKind.Counter],
        _ => [SatisfactionUnitKind.Center, SatisfactionUnitKind.Counter],
    };
}
