using CchcFeedback.Core.Data;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Manage.Reports;

/// <summary>An archived report as HTML inside the site's layout: the builder's preview of the same outline as the
/// document (every text encoded by the builder, no script, no inline style), with its files beside it.</summary>
public class PreviewModel(CchcDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public ArchiveRow Report { get; private set; } = null!;

    public string PreviewHtml { get; private set; } = "";

    public string ScopeName { get; private set; } = "";

    public ReportPeriod Period { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? period, string? scope, CancellationToken cancellationToken)
    {
        if (!ReportKeys.TryParsePeriod(period, out var reportPeriod) || !ReportKeys.TryParseScope(scope, out var reportScope))
        {
            return NotFound();
        }
        var found = await db.ArchivedReports.AsNoTracking()
            .Where(r => r.PeriodKey == reportPeriod.Key && r.ScopeKey == reportScope.Key)
            .Select(r => new
            {
                Row = new ArchiveRow(r.PeriodKey, r.ScopeKey, r.PeriodKind, r.PeriodFrom, r.PeriodTo, r.Title, r.GeneratedAt, r.GeneratedBy, r.Version, r.EmailedAt),
                r.HtmlPreview,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }
        (Report, PreviewHtml, Period) = (found.Row, found.HtmlPreview, reportPeriod);
        ScopeName = (await ScopeChoices.LoadAsync(db, l, cancellationToken)).NameOf(reportScope.Key);
        return Page();
    }
}
