using System.Linq.Expressions;
using CchcFeedback.Core.Identity;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The one rule of whose satisfaction figures a user may see, for the Api and the dashboard alike: Admins
/// and Managers every unit's; department staff only a unit their department owns (the department itself, its
/// counters, its procedures), never the province's or a whole center's, which mix other departments' counters.
/// Written once as an expression, so that SQL (the dashboard's lists) and memory (the Api's one unit) read the same.</summary>
public static class FigureVisibility
{
    public static Expression<Func<FigureUnit, bool>> Rule(DepartmentScope visible)
    {
        ArgumentNullException.ThrowIfNull(visible);
        var departments = visible.DepartmentIds;
        return visible.IsAll
            ? unit => true
            : unit => unit.OwningDepartmentId != null && departments.Contains(unit.OwningDepartmentId.Value);
    }

    public static bool MaySee(this DepartmentScope visible, FigureUnit unit) => Rule(visible).Compile(preferInterpretation: true)(unit);

    public static IQueryable<FigureUnit> VisibleIn(this IQueryable<FigureUnit> units, DepartmentScope visible) =>
        units.Where(Rule(visible));
}
