using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Manage.Reports;

/// <summary>The archive's words in the page's language.</summary>
public static class ReportWords
{
    public static string Period(IStringLocalizer l, ReportPeriod period) => period.Kind switch
    {
        ReportPeriodKind.Month => l["Tháng {0}/{1}", period.Number.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), period.Year],
        ReportPeriodKind.Quarter => l["Quý {0}/{1}", period.Number, period.Year],
        ReportPeriodKind.SixMonths when period.Number == 1 => l["6 tháng đầu năm {0}", period.Year],
        ReportPeriodKind.SixMonths => l["6 tháng cuối năm {0}", period.Year],
        _ => l["Năm {0}", period.Year],
    };

    public static string Period(IStringLocalizer l, string periodKey) =>
        ReportKeys.TryParsePeriod(periodKey, out var period) ? Period(l, period) : periodKey;

    public static string Kind(IStringLocalizer l, ReportPeriodKind kind) => kind switch
    {
        ReportPeriodKind.Month => l["Tháng"],
        ReportPeriodKind.Quarter => l["Quý"],
        ReportPeriodKind.SixMonths => l["6 tháng"],
        _ => l["Năm"],
    };

    public static string GeneratedBy(IStringLocalizer l, string generatedBy) => generatedBy switch
    {
        ArchivedReport.Schedule => l["Lịch tự động"],
        "cli" => l["Lệnh quản trị"],
        _ => generatedBy,
    };
}
