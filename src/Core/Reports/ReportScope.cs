using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Core.Reports;

/// <summary>Whom a report covers: the whole province (no code), one service center or one department, by the
/// catalog's code. Reports allow only these three of the <see cref="SatisfactionScope"/>s.</summary>
public sealed record ReportScope
{
    private ReportScope(SatisfactionScope kind, string? code)
    {
        Kind = kind;
        Code = code;
    }

    public static ReportScope Province { get; } = new(SatisfactionScope.Province, null);

    /// <summary>The kinds of scope a report covers.</summary>
    public static IReadOnlyList<SatisfactionScope> Kinds { get; } =
        [SatisfactionScope.Province, SatisfactionScope.Center, SatisfactionScope.Department];

    public SatisfactionScope Kind { get; }

    /// <summary>The center's or department's catalog code; null for the province.</summary>
    public string? Code { get; }

    public static ReportScope Center(string code) => Of(SatisfactionScope.Center, code);

    public static ReportScope Department(string code) => Of(SatisfactionScope.Department, code);

    /// <summary>The center or department of that code; a report covers no counter or procedure on its own.</summary>
    public static ReportScope Of(SatisfactionScope kind, string code) =>
        kind is SatisfactionScope.Center or SatisfactionScope.Department
            ? new(kind, Required(code))
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "A report covers the province, a center or a department.");

    /// <summary>The archive's key for the scope: "province", "center:CODE" or "department:CODE".</summary>
    public string Key => Code is null ? Kind.Name() : $"{Kind.Name()}:{Code}";

    private static string Required(string code) =>
        string.IsNullOrWhiteSpace(code) ? throw new ArgumentException("A center or department needs its code.", nameof(code)) : code.Trim();
}
