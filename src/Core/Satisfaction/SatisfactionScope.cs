using CchcFeedback.Core.Data;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>What figures are about: the whole province or one unit of the catalog. The one name for it in the
/// statistics, the dashboard, the Api, the reports (which allow the province, a center or a department) and the
/// alerts (a counter or a department). Written as its snake_case name wherever it leaves the process: the Api's
/// <c>scope</c> and <c>kind</c>, the archive's keys, the database's <c>scope_kind</c> and <c>unit_kind</c>.</summary>
public enum SatisfactionScope
{
    Province,
    Center,
    Counter,
    Department,
    Procedure,
}

public static class SatisfactionScopes
{
    /// <summary>The kinds figures can be broken down by and compared across: every one but the province.</summary>
    public static IReadOnlyList<SatisfactionScope> UnitKinds { get; } =
        [SatisfactionScope.Center, SatisfactionScope.Counter, SatisfactionScope.Department, SatisfactionScope.Procedure];

    /// <summary>The units compared within a scope: one level down, or across centers for a procedure.</summary>
    public static SatisfactionScope SubUnits(this SatisfactionScope scope) => scope switch
    {
        SatisfactionScope.Province => SatisfactionScope.Center,
        SatisfactionScope.Center => SatisfactionScope.Counter,
        SatisfactionScope.Department => SatisfactionScope.Counter,
        SatisfactionScope.Counter => SatisfactionScope.Procedure,
        SatisfactionScope.Procedure => SatisfactionScope.Center,
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    /// <summary>The scope of its name (any case); a number is not a name.</summary>
    public static bool TryParse(string? text, out SatisfactionScope scope) =>
        Enum.TryParse(text, ignoreCase: true, out scope) && Enum.IsDefined(scope) && !int.TryParse(text, out _);

    /// <summary>The unit kind of its name: a scope other than the province.</summary>
    public static bool TryParseUnitKind(string? text, out SatisfactionScope kind) =>
        TryParse(text, out kind) && UnitKinds.Contains(kind);

    /// <summary>"province", "center", "counter", "department" or "procedure", as the Api, the archive and the
    /// database write it.</summary>
    public static string Name(this SatisfactionScope scope) => SnakeCaseEnum.ToName(scope);
}
