using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions.Handling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CchcFeedback.Web.Pages.Staff.Petitions;

/// <summary>What only a manager does with a petition: reassign it, extend its deadline, redact its text or a photo
/// (the original kept apart, each reading of it audited).</summary>
[Authorize(Policy = StaffPolicies.Manager)]
public class ManageModel(CchcDbContext db, PetitionOversight oversight, AuditLog audit) : ActionPageModel(db, audit)
{
    [BindProperty]
    public int? Days { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public Guid PhotoId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : await NotFoundAuditedAsync(cancellationToken);

    public Task<IActionResult> OnPostReassignAsync(CancellationToken cancellationToken) =>
        ActAsync("Reassign", "reassigned", (action, token) => oversight.ReassignAsync(action, Department, Reason, token), cancellationToken);

    public Task<IActionResult> OnPostExtendAsync(CancellationToken cancellationToken) =>
        ActAsync("Extend", "extended", (action, token) => oversight.ExtendDeadlineAsync(action, Days, Reason, token), cancellationToken);

    public Task<IActionResult> OnPostRedactTextAsync(CancellationToken cancellationToken) =>
        ActAsync("RedactText", "redacted", (action, token) => oversight.RedactTextAsync(action, Title, Text, Reason, token), cancellationToken);

    public Task<IActionResult> OnPostRedactPhotoAsync(CancellationToken cancellationToken) =>
        ActAsync("RedactPhoto-" + PhotoId, "redacted", (action, token) => oversight.RedactPhotoAsync(action, PhotoId, Reason, token), cancellationToken);

    protected override string? AfterActionPage => "/Staff/Petitions/Detail";

    protected override Task LoadPageAsync(CancellationToken cancellationToken)
    {
        if (PostedForm != "RedactText")
        {
            Title = Petition.Title;
            Text = Petition.Text;
        }
        return Task.CompletedTask;
    }
}
