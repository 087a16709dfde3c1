using CchcFeedback.Core.Data;
using CchcFeedback.Core.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Reports;

/// <summary>A report's scope found in the catalog: the filter every figure is read with, and the units the report
/// breaks the scope down into (the next levels below it).</summary>
public sealed record ReportPlace(ReportScope Scope, FigureUnit Unit)
{
    /// <summary>The center's or department's name; null for the province.</summary>
    public string? Name => Scope.Kind == SatisfactionScope.Province ? null : Unit.Name;

    public static async Task<ReportPlace> FindAsync(CchcDbContext db, ReportScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var unit = scope.Kind == SatisfactionScope.Province
            ? FigureUnit.Province
            : await db.FigureUnits(scope.Kind).AsNoTracking().Where(u => u.Code == scope.Code).FirstOrDefaultAsync(cancellationToken)
                ?? throw new ReportScopeNotFoundException(scope);
        return new ReportPlace(scope, unit);
    }

    public SatisfactionFilter Filter(DateOnly from, DateOnly to) => Unit.Narrow(new(from, to));

    /// <summary>Whose service the title names: "cơ quan hành chính", "cơ quan hành chính tại Trung tâm ...", or
    /// the department itself.</summary>
    public string TitleSubject => Scope.Kind switch
    {
        SatisfactionScope.Province => "cơ quan hành chính",
        SatisfactionScope.Center => $"cơ quan hành chính tại {Name}",
        _ => Name!,
    };

    /// <summary>The scope in a sentence: "toàn tỉnh" or the unit's name.</summary>
    public string Description => Scope.Kind == SatisfactionScope.Province ? "toàn tỉnh" : Name!;

    /// <summary>The province by centers and departments; a center by its departments' and counters; a department
    /// by the centers it serves in and its counters.</summary>
    public IReadOnlyList<SatisfactionScope> ComparedKinds => Scope.Kind switch
    {
        SatisfactionScope.Province => [SatisfactionScope.Center, SatisfactionScope.Department],
        SatisfactionScope.Center => [SatisfactionScope.Department, SatisfactionScope.Counter],
        _ => [SatisfactionScope.Center, SatisfactionScope.Counter],
    };
}
