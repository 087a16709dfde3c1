using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Api.Statistics;

/// <summary>The query string of a statistics request once checked: the period, the scope and the unit the code
/// names, with the department that owns the unit (null for the province and centers, which no single department owns).</summary>
public sealed record SatisfactionRequest(SatisfactionFilter Filter, SatisfactionScope Scope, string? Code, string Name, int? OwningDepartmentId)
{
    /// <summary>The request, or the errors by parameter name (as a validation problem lists them).</summary>
    public static async Task<(SatisfactionRequest? Request, Dictionary<string, string[]> Errors)> ParseAsync(
        string? from, string? to, string? scope, string? code, CchcDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var period = PeriodParameters.Parse(from, to, errors);
        var parsedScope = SatisfactionScope.Province;
        if (scope is not null && !SatisfactionScopes.TryParse(scope, out parsedScope))
        {
            errors["scope"] = ["Phạm vi phải là province, center, counter, department hoặc procedure. / The scope must be province, center, counter, department or procedure."];
        }
        else if (parsedScope == SatisfactionScope.Province && !string.IsNullOrEmpty(code))
        {
            errors["code"] = ["Phạm vi toàn tỉnh không dùng mã đơn vị. / The province scope takes no code."];
        }
        else if (parsedScope != SatisfactionScope.Province && string.IsNullOrWhiteSpace(code))
        {
            errors["code"] = ["Cần mã đơn vị trong danh mục. / A catalog code is required for this scope."];
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var unit = await FindUnitAsync(parsedScope, code, period!, db, cancellationToken);
        if (unit is null)
        {
            errors["code"] = [$"Không có đơn vị mã '{code}' trong phạm vi {parsedScope.ToString().ToLowerInvariant()}. / No {parsedScope.ToString().ToLowerInvariant()} has the code '{code}'."];
            return (null, errors);
        }
        return (unit, errors);
    }

    /// <summary>Whether the caller may see this request's figures: Admins and Managers everything; department
    /// staff only a unit their department owns (the department itself, its counters, its procedures).</summary>
    public bool IsVisibleTo(DepartmentScope visible) =>
        visible.IsAll || (OwningDepartmentId is { } id && visible.Includes(id));

    private static async Task<SatisfactionRequest?> FindUnitAsync(
        SatisfactionScope scope, string? code, SatisfactionFilter period, CchcDbContext db, CancellationToken cancellationToken)
    {
        if (scope == SatisfactionScope.Province)
        {
            return new SatisfactionRequest(period, scope, null, ProvinceName, null);
        }
        var unit = await (scope switch
        {
            SatisfactionScope.Center => db.ServiceCenters.Where(c => c.Code == code).Select(c => new CatalogUnit(c.Id, c.NameVi, null)),
            SatisfactionScope.Counter => db.Counters.Where(c => c.Code == code).Select(c => new CatalogUnit(c.Id, c.NameVi, c.DepartmentId)),
            SatisfactionScope.Department => db.Departments.Where(d => d.Code == code).Select(d => new CatalogUnit(d.Id, d.NameVi, d.Id)),
            SatisfactionScope.Procedure => db.Procedures.Where(p => p.Code == code).Select(p => new CatalogUnit(p.Id, p.NameVi, p.DepartmentId)),
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
        }).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            return null;
        }
        var filter = scope switch
        {
            SatisfactionScope.Center => period with { CenterId = unit.Id },
            SatisfactionScope.Counter => period with { CounterId = unit.Id },
            SatisfactionScope.Department => period with { DepartmentId = unit.Id },
            _ => period with { ProcedureId = unit.Id },
        };
        return new SatisfactionRequest(filter, scope, code, unit.Name, unit.OwningDepartmentId);
    }

    public const string ProvinceName = "Tỉnh Quảng Trị";

    private sealed record CatalogUnit(int Id, string Name, int? OwningDepartmentId);
}
