using CchcFeedback.Core.Data;
using CchcFeedback.Core.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Manage.Responses;

/// <summary>Responses flagged for arriving in a burst from one source, waiting for a manager: accept (counted by
/// the next rollup) or reject (kept out). A response holds no personal data, so the list shows only when,
/// where and how it rated. FlaggedResponseReview writes the audit events.</summary>
public class IndexModel(CchcDbContext db, FlaggedResponseReview review) : PageModel
{
    public const int Shown = 200;

    public record FlaggedRow(Guid Id, DateTimeOffset SubmittedAt, string CenterName, string? CounterName, QuickRating Rating, string Channel);

    public IReadOnlyList<FlaggedRow> Rows { get; private set; } = [];

    public int Waiting { get; private set; }

    /// <summary>After a decision: accepted, rejected, or stale (someone decided first).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var waiting = db.SurveyResponses.AsNoTracking().Where(r => r.Flagged && r.ReviewedAt == null);
        Waiting = await waiting.CountAsync(cancellationToken);
        Rows = await waiting
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Take(Shown)
            .Select(r => new FlaggedRow(r.Id, r.SubmittedAt,
                db.ServiceCenters.Where(c => c.Id == r.CenterId).Select(c => c.NameVi).First(),
                db.Counters.Where(c => c.Id == r.CounterId).Select(c => c.NameVi).FirstOrDefault(),
                r.QuickRating, r.Channel))
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken) =>
        RedirectToPage(new { done = await review.AcceptAsync(id, User.Identity!.Name!, cancellationToken) ? "accepted" : "stale" });

    public async Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken cancellationToken) =>
        RedirectToPage(new { done = await review.RejectAsync(id, User.Identity!.Name!, cancellationToken) ? "rejected" : "stale" });
}
