using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Touchpoints;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Web.Pages.Petitions;

/// <summary>Where a petition stands, by its tracking code: status in plain words, the department once routed,
/// the deadline and the published answer. Nothing about who sent it. Look-ups are rate-limited per address.</summary>
[EnableRateLimiting(RateLimiting.PetitionLookupPolicy)]
public class TrackModel(PetitionReader reader, IOptions<PublicSiteOptions> site) : PageModel
{
    public string? Code { get; private set; }

    public PetitionTracking? Petition { get; private set; }

    /// <summary>A code was entered but is not a valid one (the check character caught a typo).</summary>
    public bool Malformed { get; private set; }

    public string Hotline => site.Value.Hotline;

    public string HotlineDialable => site.Value.HotlineDialable;

    public async Task OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "private, no-store";
        if (string.IsNullOrWhiteSpace(code))
        {
            return;
        }
        Code = code.Trim();
        if (!TrackingCode.IsValid(Code))
        {
            Malformed = true;
            return;
        }
        Petition = await reader.TrackAsync(Code, cancellationToken);
        if (Petition is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
