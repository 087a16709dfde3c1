using CchcFeedback.Core.Touchpoints;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Web.Pages.Track;

/// <summary>Placeholder until petition tracking opens: says so and gives the hotline.</summary>
public class IndexModel(IOptions<PublicSiteOptions> site) : PageModel
{
    public string Hotline => site.Value.Hotline;

    public string HotlineDialable => site.Value.HotlineDialable;

    public void OnGet()
    {
    }
}
