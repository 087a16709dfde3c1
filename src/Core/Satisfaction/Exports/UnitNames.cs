namespace CchcFeedback.Core.Satisfaction.Exports;

/// <summary>Unit levels as exported files name them.</summary>
public static class UnitNames
{
    public static string Vietnamese(SatisfactionScope kind) => kind switch
    {
        SatisfactionScope.Center => "trung tâm",
        SatisfactionScope.Counter => "quầy",
        SatisfactionScope.Department => "cơ quan",
        SatisfactionScope.Procedure => "thủ tục",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
