using CchcFeedback.Core.Petitions;
using CchcFeedback.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcFeedback.Web.Pages.Petitions;

/// <summary>Shown once a petition is stored (or a voice added to one): its tracking code and what happens next.</summary>
public class ReceiptModel(PetitionReader reader) : PageModel
{
    public PetitionTracking Petition { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public bool Supported { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var petition = await reader.TrackAsync(code, cancellationToken);
        if (petition is null)
        {
            return NotFound();
        }
        Petition = petition;
        // The page shows the code: keep it out of shared caches.
        PrivateResponses.NoStore(Response);
        return Page();
    }
}
