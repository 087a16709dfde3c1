using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Api.Statistics;

/// <summary>What a statistics request is about: the whole province or one unit named by its catalog code.</summary>
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
    /// <summary>The units compared within a scope: one level down, or across centers for a procedure.</summary>
    public static SatisfactionUnitKind SubUnits(this SatisfactionScope scope) => scope switch
    {
        SatisfactionScope.Province => SatisfactionUnitKind.Center,
        SatisfactionScope.Center => SatisfactionUnitKind.Counter,
        SatisfactionScope.Department => SatisfactionUnitKind.Counter,
        SatisfactionScope.Counter => SatisfactionUnitKind.Procedure,
        SatisfactionScope.Procedure => SatisfactionUnitKind.Center,
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    public static bool TryParse(string? text, out SatisfactionScope scope) =>
        Enum.TryParse(text, ignoreCase: true, out scope) && Enum.IsDefined(scope) && !int.TryParse(text, out _);
}
