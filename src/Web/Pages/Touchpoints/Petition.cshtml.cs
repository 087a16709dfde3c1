using CchcFeedback.Core.Touchpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Web.Pages.Touchpoints;

/// <summary>Placeholder until online petitions open: says so and gives the hotline.</summary>
public class PetitionModel(TouchpointLookup lookup, IOptions<PublicSiteOptions> site) : PageModel
{
    public TouchpointPlace? Place { get; private set; }

    public string Hotline => site.Value.Hotline;

    public string HotlineDialable => site.Value.HotlineDialable;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Place = await lookup.FindAsync(token, cancellationToken);
        return Place switch
        {
            null => NotFound(),
            // The landing page explains a revoked code; a bare 404 here would not.
            { IsActive: false } => Redirect($"/q/{Place.Token}"),
            _ => Page(),
        };
    }
}
