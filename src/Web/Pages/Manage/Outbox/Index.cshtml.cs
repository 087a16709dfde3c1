using CchcFeedback.Core.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcFeedback.Web.Pages.Manage.Outbox;

/// <summary>Notifications the outbox could not deliver: those waiting for their next try after a failure, and those
/// given up, which a manager can send again. Recipients are masked; <see cref="UndeliveredOutbox"/> audits a retry.</summary>
public class IndexModel(UndeliveredOutbox outbox) : PageModel
{
    public const int Shown = 200;

    public IReadOnlyList<UndeliveredMessage> Messages { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>After a retry: retried, stale (not given up any more) or contact-gone.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Total = await outbox.CountAsync(cancellationToken);
        Messages = await outbox.ListAsync(Shown, cancellationToken);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellationToken) =>
        RedirectToPage(new
        {
            done = await outbox.RetryAsync(id, User.Identity!.Name!, cancellationToken) switch
            {
                OutboxRetryOutcome.Retried => "retried",
                OutboxRetryOutcome.ContactGone => "contact-gone",
                _ => "stale",
            },
        });
}
