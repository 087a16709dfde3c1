namespace CchcFeedback.Core.Satisfaction.Exports;

/// <summary>Unit levels as exported files name them.</summary>
public static class UnitNames
{
    public static string Vietnamese(SatisfactionUnitKind kind) => kind switch
    {
        SatisfactionUnitKind.Center => "trung tâm",
        SatisfactionUnitKind.Counter => "quầy",
        SatisfactionUnitKind.Department => "cơ quan",
        SatisfactionUnitKind.Procedure => "thủ tục",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
