using CchcFeedback.Core.Surveys;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcFeedback.Web.Pages.Kiosk;

/// <summary>The counter tablet's page. It holds nothing of the device: the tablet's key, counter and waiting taps
/// live in its own storage, so the page can be cached by the service worker and opened without a network.</summary>
public class IndexModel : PageModel
{
    public SurveyFormDefinition Form => SurveyForms.Current;

    public void OnGet()
    {
    }
}
