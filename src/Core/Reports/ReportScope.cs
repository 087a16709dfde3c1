namespace CchcFeedback.Core.Reports;

public enum ReportScopeKind
{
    Province,
    Center,
    Department,
}

/// <summary>Whom a report covers: the whole province (no code), one service center or one department, by the
/// catalog's code.</summary>
public sealed record ReportScope
{
    private ReportScope(ReportScopeKind kind, string? code)
    {
        Kind = kind;
        Code = code;
    }

    public static ReportScope Province { get; } = new(ReportScopeKind.Province, null);

    public ReportScopeKind Kind { get; }

    /// <summary>The center's or department's catalog code; null for the province.</summary>
    public string? Code { get; }

    public static ReportScope Center(string code) => new(ReportScopeKind.Center, Required(code));

    public static ReportScope Department(string code) => new(ReportScopeKind.Department, Required(code));

    /// <summary>The archive's key for the scope: "province", "center:CODE" or "department:CODE".</summary>
    public string Key => Code is null ? "province" : $"{Kind.ToString().ToLowerInvariant()}:{Code}";

    private static string Required(string code) =>
        string.IsNullOrWhiteSpace(code) ? throw new ArgumentException("A center or department needs its code.", nameof(code)) : code.Trim();
}
