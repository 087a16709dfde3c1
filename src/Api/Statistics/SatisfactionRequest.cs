using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Api.Statistics;

/// <summary>The query string of a statistics request once checked: the period's filter narrowed to the unit the
/// scope and code name.</summary>
public sealed record SatisfactionRequest(SatisfactionFilter Filter, FigureUnit Unit)
{
    public SatisfactionScope Scope => Unit.Kind;

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

        var unit = parsedScope == SatisfactionScope.Province
            ? FigureUnit.Province
            : await db.FigureUnits(parsedScope).AsNoTracking().Where(u => u.Code == code).SingleOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            errors["code"] = [$"Không có đơn vị mã '{code}' trong phạm vi {parsedScope.Name()}. / No {parsedScope.Name()} has the code '{code}'."];
            return (null, errors);
        }
        return (new SatisfactionRequest(unit.Narrow(period!), unit), errors);
    }

    /// <summary>Whether the caller may see this request's figures, by the rule the dashboard follows too.</summary>
    public bool IsVisibleTo(DepartmentScope visible) => visible.MaySee(Unit);
}
