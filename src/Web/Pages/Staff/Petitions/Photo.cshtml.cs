using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Pages.Staff.Petitions;

/// <summary>A petition's photo, for staff who may see the petition; a redacted photo is gone (404). Not cached by
/// shared caches: the page is behind sign-in and the photo may show a person.</summary>
public class PhotoModel(CchcDbContext db, AuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var photo = await db.PetitionPhotos.AsNoTracking()
            .Where(p => p.Id == id && p.RedactedAt == null && db.Petitions.VisibleIn(DepartmentScope.For(User)).Any(petition => petition.Id == p.PetitionId))
            .Select(p => new { p.Bytes, p.ContentType })
            .SingleOrDefaultAsync(cancellationToken);
        if (photo is null)
        {
            await audit.WriteAsync(User.Identity!.Name!, AuditActions.AccessDenied, $"petition-photo:{id}", cancellationToken: cancellationToken);
            return NotFound();
        }
        PrivateResponses.NoStore(Response);
        return File(photo.Bytes, photo.ContentType);
    }
}
