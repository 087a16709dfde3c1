using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Jobs.Tests;

/// <summary>An archived province report written straight into the database, as if a job had made it earlier.</summary>
public static class ArchivedReportRows
{
    public static async Task AddProvinceAsync(string connectionString, ReportPeriod period, string title = "Báo cáo đã có")
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        db.ArchivedReports.Add(new ArchivedReport
        {
            PeriodKey = period.Key,
            ScopeKey = ReportScope.Province.Key,
            PeriodKind = period.Kind,
            PeriodFrom = period.From,
            PeriodTo = period.To,
            ScopeKind = SatisfactionScope.Province,
            Title = title,
            Docx = [1],
            Xlsx = [2],
            HtmlPreview = $"<p>{title}</p>",
            GeneratedAt = DateTimeOffset.UtcNow,
            GeneratedBy = ArchivedReport.Schedule,
            Version = 1,
        });
        await db.SaveChangesAsync();
    }
}
