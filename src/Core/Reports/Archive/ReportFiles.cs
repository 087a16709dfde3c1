using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Core.Reports.Archive;

public enum ReportFormat
{
    Docx,
    Xlsx,
}

/// <summary>How an archived report is named and typed as a file: ASCII names that read as Vietnamese without
/// diacritics (<c>bao-cao-hai-long-2026-10-tinh.docx</c>), so every mail client and file system keeps them.</summary>
public static class ReportFiles
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string ContentType(ReportFormat format) => format == ReportFormat.Docx ? DocxContentType : XlsxContentType;

    public static string FileName(ReportPeriod period, ReportScope scope, ReportFormat format) =>
        $"bao-cao-hai-long-{PeriodPart(period)}-{ScopePart(scope)}.{(format == ReportFormat.Docx ? "docx" : "xlsx")}";

    private static string PeriodPart(ReportPeriod period) => period.Kind switch
    {
        ReportPeriodKind.Month => $"{period.Year:D4}-{period.Number:D2}",
        ReportPeriodKind.Quarter => $"{period.Year:D4}-quy-{period.Number}",
        ReportPeriodKind.SixMonths => $"{period.Year:D4}-6-thang-{(period.Number == 1 ? "dau-nam" : "cuoi-nam")}",
        _ => $"{period.Year:D4}-ca-nam",
    };

    private static string ScopePart(ReportScope scope) => scope.Kind switch
    {
        SatisfactionScope.Province => "tinh",
        SatisfactionScope.Center => $"trung-tam-{Slug(scope.Code!)}",
        _ => $"co-quan-{Slug(scope.Code!)}",
    };

    /// <summary>A catalog code as letters, digits and hyphens only.</summary>
    private static string Slug(string code) =>
        string.Join('-', new string([.. code.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
