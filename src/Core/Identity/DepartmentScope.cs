using System.Security.Claims;
using CchcFeedback.Core.Catalog;

namespace CchcFeedback.Core.Identity;

/// <summary>Which departments' data a principal may see: all of them (Admin, Manager) or the ones it belongs to.
/// Every query of department-owned data goes through a <c>VisibleIn(scope)</c> filter of <see cref="DepartmentScopeQueries"/>.</summary>
public sealed class DepartmentScope
{
    private DepartmentScope(bool all, IReadOnlySet<int> departmentIds)
    {
        IsAll = all;
        DepartmentIds = departmentIds;
    }

    public static readonly DepartmentScope Everything = new(true, new HashSet<int>());

    public static readonly DepartmentScope Nothing = new(false, new HashSet<int>());

    public bool IsAll { get; }

    public IReadOnlySet<int> DepartmentIds { get; }

    public static DepartmentScope For(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return Nothing;
        }
        if (principal.IsInRole(StaffRoles.Admin) || principal.IsInRole(StaffRoles.Manager))
        {
            return Everything;
        }
        var ids = principal.FindAll(StaffClaimTypes.Department)
            .Select(c => int.TryParse(c.Value, out var id) ? id : (int?)null)
            .OfType<int>();
        return new DepartmentScope(false, ids.ToHashSet());
    }

    public bool Includes(int? departmentId) => IsAll || (departmentId is { } id && DepartmentIds.Contains(id));
}

/// <summary>The one place where "a department sees only its own" becomes SQL; each department-owned entity
/// adds its filter here.</summary>
public static class DepartmentScopeQueries
{
    public static IQueryable<Department> VisibleIn(this IQueryable<Department> departments, DepartmentScope scope) =>
        scope.IsAll ? departments : departments.Where(d => scope.DepartmentIds.Contains(d.Id));

    public static IQueryable<Petitions.Petition> VisibleIn(this IQueryable<Petitions.Petition> petitions, DepartmentScope scope) =>
        scope.IsAll ? petitions : petitions.Where(p => p.DepartmentId != null && scope.DepartmentIds.Contains(p.DepartmentId.Value));

    public static IQueryable<Petitions.Handling.AnswerTemplate> VisibleIn(this IQueryable<Petitions.Handling.AnswerTemplate> templates, DepartmentScope scope) =>
        scope.IsAll ? templates : templates.Where(t => scope.DepartmentIds.Contains(t.DepartmentId));
}
