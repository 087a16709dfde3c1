namespace CchcFeedback.Core.Satisfaction.Exports;

/// <summary>An export's query string as typed: format csv|xlsx, the period (YYYY-MM-DD, local days), optional
/// catalog codes of center, counter, department and procedure, the unit level of a figures export
/// (center|counter|department|procedure, default counter) and whether flagged responses not yet reviewed are included.</summary>
public sealed record ExportParameters(
    string? Format,
    string? From,
    string? To,
    string? Center = null,
    string? Counter = null,
    string? Department = null,
    string? Procedure = null,
    string? Unit = null,
    bool IncludeFlagged = false);
