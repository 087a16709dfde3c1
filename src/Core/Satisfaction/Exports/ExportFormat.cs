namespace CchcFeedback.Core.Satisfaction.Exports;

/// <summary>The file types an export can be written as.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>What an export holds: the published figures per unit and month, or the anonymous responses themselves.</summary>
public enum ExportKind
{
    Figures,
    Responses,
}
