using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions.Handling;
using CchcFeedback.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcFeedback.Web.Pages.Staff.Petitions;

/// <summary>A redacted original, for a manager; every reading (the page, and the photo itself) is in the audit trail.</summary>
[Authorize(Policy = StaffPolicies.Manager)]
public class OriginalModel(RedactedOriginals originals) : PageModel
{
    public RedactedOriginal Original { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var original = await originals.ReadAsync(id, User.Identity!.Name!, DepartmentScope.For(User), cancellationToken);
        if (original is null)
        {
            return NotFound();
        }
        Original = original;
        PrivateResponses.NoStore(Response);
        return Page();
    }

    public async Task<IActionResult> OnGetPhotoAsync(long id, CancellationToken cancellationToken)
    {
        var original = await originals.ReadAsync(id, User.Identity!.Name!, DepartmentScope.For(User), cancellationToken);
        if (original?.Photo is null)
        {
            return NotFound();
        }
        PrivateResponses.NoStore(Response);
        return File(original.Photo, original.ContentType ?? "application/octet-stream");
    }
}
