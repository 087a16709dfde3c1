using CchcFeedback.Core.Data;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>What a figure is about, found in the catalog: the province, or one center, counter, department or
/// procedure, with the department that owns it. A department owns itself, its counters and its procedures; no single
/// department owns the province or a center, whose figures mix several departments' counters.</summary>
public sealed class FigureUnit
{
    public SatisfactionScope Kind { get; init; }

    /// <summary>The catalog row's id; 0 for the province.</summary>
    public int Id { get; init; }

    /// <summary>The catalog code; null for the province.</summary>
    public string? Code { get; init; }

    public required string Name { get; init; }

    public int? OwningDepartmentId { get; init; }

    public const string ProvinceName = "Tỉnh Quảng Trị";

    public static FigureUnit Province { get; } = new() { Kind = SatisfactionScope.Province, Name = ProvinceName };

    /// <summary>The period's filter narrowed to this unit.</summary>
    public SatisfactionFilter Narrow(SatisfactionFilter period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Kind switch
        {
            SatisfactionScope.Province => period,
            SatisfactionScope.Center => period with { CenterId = Id },
            SatisfactionScope.Counter => period with { CounterId = Id },
            SatisfactionScope.Department => period with { DepartmentId = Id },
            _ => period with { ProcedureId = Id },
        };
    }
}

public static class FigureUnitQueries
{
    /// <summary>The catalog's units of a kind (not the province, which is no row), each with its owning department.</summary>
    public static IQueryable<FigureUnit> FigureUnits(this CchcDbContext db, SatisfactionScope kind)
    {
        ArgumentNullException.ThrowIfNull(db);
        var units = kind switch
        {
            SatisfactionScope.Center => db.ServiceCenters.Select(c => new FigureUnit { Kind = kind, Id = c.Id, Code = c.Code, Name = c.NameVi, OwningDepartmentId = null }),
            SatisfactionScope.Counter => db.Counters.Select(c => new FigureUnit { Kind = kind, Id = c.Id, Code = c.Code, Name = c.NameVi, OwningDepartmentId = c.DepartmentId }),
            SatisfactionScope.Department => db.Departments.Select(d => new FigureUnit { Kind = kind, Id = d.Id, Code = d.Code, Name = d.NameVi, OwningDepartmentId = d.Id }),
            SatisfactionScope.Procedure => db.Procedures.Select(p => new FigureUnit { Kind = kind, Id = p.Id, Code = p.Code, Name = p.NameVi, OwningDepartmentId = p.DepartmentId }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The province is no catalog row."),
        };
        return units;
    }
}
