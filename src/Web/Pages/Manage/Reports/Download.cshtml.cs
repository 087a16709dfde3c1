using CchcFeedback.Core.Data;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using CchcFeedback.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Manage.Reports;

/// <summary>An archived report's document (.docx) or annex (.xlsx), named for its period and scope.</summary>
public class DownloadModel(CchcDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? period, string? scope, string? format, CancellationToken cancellationToken)
    {
        if (!ReportKeys.TryParsePeriod(period, out var reportPeriod) || !ReportKeys.TryParseScope(scope, out var reportScope)
            || !Enum.TryParse<ReportFormat>(format, ignoreCase: true, out var reportFormat) || !Enum.IsDefined(reportFormat) || int.TryParse(format, out _))
        {
            return BadRequest();
        }
        var report = db.ArchivedReports.AsNoTracking().Where(r => r.PeriodKey == reportPeriod.Key && r.ScopeKey == reportScope.Key);
        var bytes = reportFormat == ReportFormat.Docx
            ? await report.Select(r => r.Docx).SingleOrDefaultAsync(cancellationToken)
            : await report.Select(r => r.Xlsx).SingleOrDefaultAsync(cancellationToken);
        if (bytes is null)
        {
            return NotFound();
        }
        PrivateResponses.NoStore(Response);
        return File(bytes, ReportFiles.ContentType(reportFormat), ReportFiles.FileName(reportPeriod, reportScope, reportFormat));
    }
}
