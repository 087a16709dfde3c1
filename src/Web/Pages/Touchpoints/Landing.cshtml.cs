using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Touchpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Web.Pages.Touchpoints;

/// <summary>The page a QR code opens: where the citizen is, and what they can do there. Unknown tokens get a
/// 404 that says nothing about what exists; revoked ones a 410 that names the center.</summary>
public class LandingModel(TouchpointLookup lookup, TouchpointService touchpoints, IOptions<PublicSiteOptions> site, TimeProvider clock) : PageModel
{
    /// <summary>Marks "already counted today" for this browser and this touchpoint only: no identifier, no
    /// address, so a citizen coming back from the survey or switching language is not a second scan.</summary>
    private const string CountedCookie = "cchc.scan";

    public TouchpointPlace? Place { get; private set; }

    public string Hotline => site.Value.Hotline;

    public string HotlineDialable => site.Value.HotlineDialable;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        // Each view is counted: shared caches must not answer for us.
        Response.Headers.CacheControl = "private, no-cache";
        Place = await lookup.FindAsync(token, cancellationToken);
        if (Place is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        if (!Place.IsActive)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }
        // Canonical upper-case URL: the links below and the counted-cookie path then match what is printed.
        if (token != Place.Token)
        {
            return RedirectToPage(new { token = Place.Token });
        }
        await CountScanAsync(cancellationToken);
        return Page();
    }

    private async Task CountScanAsync(CancellationToken cancellationToken)
    {
        if (HttpMethods.IsHead(Request.Method))
        {
            return;
        }
        var day = VietnamTime.DateOf(clock.GetUtcNow());
        var today = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (Request.Cookies[CountedCookie] == today)
        {
            return;
        }
        await touchpoints.RecordScanAsync(Place!.Id, day, cancellationToken);
        Response.Cookies.Append(CountedCookie, today, new CookieOptions
        {
            Path = $"/q/{Place.Token}",
            MaxAge = TimeSpan.FromDays(1),
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
        });
    }
}
